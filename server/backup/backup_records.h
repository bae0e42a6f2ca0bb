// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_manifest.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace recops::backup {

/// Where a backup stands. Queued and Running exist only in the server that runs the job;
/// on disk a backup is Succeeded (it has a manifest) or Failed (it has a failure record).
enum class BackupState { Queued, Running, Succeeded, Failed };

std::string_view backupStateName(BackupState state);

/// failure.json: why a backup did not complete. Its data files are removed.
struct FailureRecord {
    std::string trigger;
    std::string label;
    BackupRequester requestedBy;
    std::chrono::system_clock::time_point requestedAt;
    std::chrono::system_clock::time_point finishedAt;
    std::string error;
};

/// verification.json: the last verification of a backup.
struct VerificationRecord {
    bool passed = false;
    std::chrono::system_clock::time_point checkedAt;
    double durationSeconds = 0.0;
    std::vector<std::string> problems;
    BackupRequester requestedBy;
};

/// restore.json: the last restore from a backup.
struct RestoreRecord {
    bool succeeded = false;
    std::chrono::system_clock::time_point requestedAt;
    std::chrono::system_clock::time_point finishedAt;
    std::string error;
    BackupRequester requestedBy;
};

/// A backup as lists show it: the manifest's facts without the file list, or why it failed,
/// with its last verification and restore.
struct BackupSummary {
    std::string id;
    BackupState state = BackupState::Queued;
    std::string trigger;
    std::string label;
    BackupRequester requestedBy;
    std::chrono::system_clock::time_point requestedAt;
    /// When the database snapshot was taken (succeeded backups).
    std::optional<std::chrono::system_clock::time_point> createdAt;
    std::optional<std::chrono::system_clock::time_point> finishedAt;
    double durationSeconds = 0.0;
    std::uint64_t originalBytes = 0;
    std::uint64_t storedBytes = 0;
    std::uint64_t modelFileCount = 0;
    store::DatabaseFacts database;
    std::string error;
    std::optional<VerificationRecord> verification;
    std::optional<RestoreRecord> lastRestore;
    /// Queued or Running while the server has a verification of this backup to do.
    std::optional<BackupState> pendingVerification;
    /// Queued or Running while the server has a restore from this backup to do.
    std::optional<BackupState> pendingRestore;
};

std::string renderFailureRecord(const FailureRecord& record);
FailureRecord parseFailureRecord(std::string_view text);
std::string renderVerificationRecord(const VerificationRecord& record);
VerificationRecord parseVerificationRecord(std::string_view text);
std::string renderRestoreRecord(const RestoreRecord& record);
RestoreRecord parseRestoreRecord(std::string_view text);

}  // namespace recops::backup
