// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/compressed_file.h"
#include "store/database_facts.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recops::backup {

/// The version of the backup layout this binary writes and reads (docs/operations.md).
inline constexpr int kBackupFormatVersion = 1;
inline constexpr std::string_view kBackupFormatName = "recops-backup";
inline constexpr std::string_view kManifestFileName = "manifest.json";
/// The database snapshot, compressed, at the top of the backup directory.
inline constexpr std::string_view kDatabaseFileName = "database.sqlite.zst";
/// The model registry's files, each compressed to <path>.zst below this directory.
inline constexpr std::string_view kModelsDirectoryName = "models";
inline constexpr std::string_view kStoredSuffix = ".zst";

/// A file of the model registry as the backup holds it. @p path is relative to the models
/// directory, with '/' separators.
struct ArchivedFile {
    std::string path;
    CompressedFile digests;
};

/// Who asked for a backup: a token, or nobody (the schedule, the command line).
struct BackupRequester {
    std::string tokenId;
    std::string name;
};

/**
 * What a backup holds and how to check it: the database snapshot's digests, schema version
 * and rows per table, every model file's digests, and how the backup came to be. Written
 * last, as manifest.json, so a backup without one is incomplete.
 *
 * manifest.json carries a "checksum": SHA-256 of the manifest's other members in canonical
 * form (sorted keys, no spaces), so a damaged manifest is told apart from damaged files.
 */
struct BackupManifest {
    std::string id;
    /// When the database snapshot was taken: the point in time the backup restores.
    std::chrono::system_clock::time_point createdAt;
    std::string recopsdVersion;
    /// "manual", "schedule" or "command_line".
    std::string trigger;
    std::string label;
    BackupRequester requestedBy;
    std::chrono::system_clock::time_point requestedAt;
    double durationSeconds = 0.0;
    store::DatabaseFacts database;
    CompressedFile databaseFile;
    /// Every directory below the models directory (empty ones too), parents first.
    std::vector<std::string> modelDirectories;
    std::vector<ArchivedFile> modelFiles;

    std::uint64_t originalBytes() const;
    std::uint64_t storedBytes() const;
};

/// manifest.json's text for @p manifest, checksum included.
std::string renderManifest(const BackupManifest& manifest);

/**
 * Reads manifest.json's text. Throws BackupError saying what is wrong: not JSON, another
 * format or a newer version, a checksum that does not match, a member missing or of the
 * wrong type, or a path that would leave the models directory.
 */
BackupManifest parseManifest(std::string_view text);

/// Whether @p path is relative, uses '/' separators, and has no empty, "." or ".." segment:
/// a path that stays inside the directory it is resolved against.
bool isContainedRelativePath(std::string_view path);

}  // namespace recops::backup
