// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

// File operations whose results survive a crash: what they wrote is on disk (fsync) before
// they return, and names appear whole or not at all (write to a temporary name, then rename).
// Failures throw BackupError naming the path and the system's reason.
namespace recops::backup {

/// An open file descriptor, closed on destruction.
class FileDescriptor {
public:
    /// Opens @p path with open(2) @p flags (O_CLOEXEC added), creating it with @p mode.
    FileDescriptor(const std::filesystem::path& path, int flags, unsigned mode = 0600);
    ~FileDescriptor();
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;

    /// Up to @p buffer.size() bytes; 0 at the end of the file.
    std::size_t read(std::span<char> buffer);
    void writeAll(std::span<const char> bytes);
    /// fsync(2): everything written is on disk.
    void sync();

    int get() const { return m_descriptor; }

private:
    int m_descriptor;
    std::filesystem::path m_path;
};

/// Replaces @p file by @p contents atomically and durably: a crash leaves the old contents or
/// the new, never a part. The file is readable by its owner only.
void writeFileDurably(const std::filesystem::path& file, std::string_view contents);

/// The whole of @p file.
std::string readWholeFile(const std::filesystem::path& file);

/// fsync(2) of a directory, so that names created, renamed or removed in it are on disk.
void syncDirectory(const std::filesystem::path& directory);

/// Creates @p directory and missing parents, owner-only (0700).
void createPrivateDirectory(const std::filesystem::path& directory);

/// Renames @p from to @p to (same file system) and syncs both parents.
void renameDurably(const std::filesystem::path& from, const std::filesystem::path& to);

/// Removes @p path and everything below it, if it exists.
void removeTree(const std::filesystem::path& path);

}  // namespace recops::backup
