// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_manifest.h"

#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace recops::store {
class DatabaseSnapshots;
}

namespace recops::backup {

/// The database snapshot's name in an extracted backup.
inline constexpr std::string_view kExtractedDatabaseName = "database.sqlite";

/// What extracting a backup found: its manifest (when readable) and every problem.
struct ExtractionReport {
    std::optional<BackupManifest> manifest;
    std::vector<std::string> problems;

    bool passed() const { return manifest.has_value() && problems.empty(); }
};

/**
 * Restores the backup in @p backupDirectory into @p target (created; it must not exist), as
 * a restore would, and checks everything against the manifest: the manifest's own checksum,
 * each stored file's size and SHA-256 before and after decompression, the database's
 * integrity (PRAGMA integrity_check, foreign keys), its schema version and its rows per
 * table. Problems are collected, not thrown, so a verification lists them all (up to 20).
 *
 * On success @p target holds `database.sqlite` and `models/`, ready to be staged. Throws
 * BackupError only when @p target cannot be written or @p stop is requested.
 */
ExtractionReport extractBackup(const std::filesystem::path& backupDirectory,
                               const std::filesystem::path& target,
                               store::DatabaseSnapshots& snapshots, std::stop_token stop);

}  // namespace recops::backup
