// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_manifest.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <stop_token>

namespace recops::store {
class DatabaseSnapshots;
}

namespace recops::backup {

/// How much a models directory holds, as a backup would copy it.
struct ModelTreeSize {
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
};

/// The files (and their bytes) writeBackup() would copy from @p modelsDirectory.
ModelTreeSize measureModelTree(const std::filesystem::path& modelsDirectory);

/// What a new backup is, before it is written.
struct BackupIdentity {
    std::string id;
    std::string trigger;
    std::string label;
    BackupRequester requestedBy;
    std::chrono::system_clock::time_point requestedAt;
};

/**
 * Writes a backup into @p directory (created, must be empty): a consistent snapshot of the
 * database taken while writers carry on, then every file under @p modelsDirectory, each
 * compressed and hashed, then manifest.json, last and atomically.
 *
 * The database goes first: the model registry writes a version's files before it commits the
 * version's metadata, so every version the snapshot knows has its files in place when they
 * are copied. Model files must not change once written (a file that changes while it is
 * read fails the backup), and names starting with '.' are skipped (the registry stages
 * versions under such names). Symbolic links and other special files are refused.
 *
 * Throws BackupError (the caller removes the directory); stops early, also with BackupError,
 * when @p stop is requested.
 */
BackupManifest writeBackup(store::DatabaseSnapshots& snapshots,
                           const std::filesystem::path& modelsDirectory,
                           const std::filesystem::path& directory, const BackupIdentity& identity,
                           int compressionLevel, std::stop_token stop);

}  // namespace recops::backup
