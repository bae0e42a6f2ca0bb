// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <filesystem>
#include <string_view>

namespace recops::common {

/// Flushes a file's content to stable storage (fsync). Throws std::runtime_error on failure.
void syncFile(const std::filesystem::path& path);

/// Flushes a directory's entries (new names, renames) to stable storage.
void syncDirectory(const std::filesystem::path& path);

/// Flushes every file and directory below @p root, and @p root itself.
void syncTree(const std::filesystem::path& root);

/**
 * Replaces @p path with @p content so that a crash leaves either the old file or the new one,
 * whole: writes a temporary file beside it, flushes it, renames it over @p path and flushes
 * the directory.
 */
void writeFileDurably(const std::filesystem::path& path, std::string_view content);

}  // namespace recops::common
