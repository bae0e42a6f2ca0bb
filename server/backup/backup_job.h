// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_manifest.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace recops::backup {

enum class JobKind { Backup, Verification, Restore };

/// A job as requested.
struct JobRequest {
    JobKind kind = JobKind::Backup;
    std::string backupId;
    /// "manual" (over HTTP) or "schedule".
    std::string trigger;
    std::string label;
    BackupRequester requester;
    std::string requestId;
    std::chrono::system_clock::time_point requestedAt;
};

/// A job once finished, for whoever records it (the audit log).
struct JobOutcome {
    JobRequest request;
    bool succeeded = false;
    std::string error;
    /// A backup that succeeded: when its database snapshot was taken.
    std::optional<std::chrono::system_clock::time_point> snapshotAt;
};

std::string_view jobKindName(JobKind kind);

}  // namespace recops::backup
