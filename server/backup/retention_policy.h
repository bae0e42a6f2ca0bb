// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace recops::backup {

/// How many backups to keep, and for how long. Zero turns a limit off.
struct RetentionPolicy {
    std::size_t keepLast = 0;
    std::chrono::hours maxAge{0};
};

/// A backup as retention sees it.
struct RetainedBackup {
    std::string id;
    std::chrono::system_clock::time_point createdAt;
    bool succeeded = false;
};

/**
 * The backups @p policy lets go at @p now: a backup goes when it is not among the newest
 * keepLast of its kind (successful, or failed records) or is older than maxAge. The newest
 * successful backup always stays, whatever its age: deleting the last good backup would
 * leave nothing to restore.
 */
std::vector<std::string> selectExpired(std::vector<RetainedBackup> backups,
                                       std::chrono::system_clock::time_point now,
                                       const RetentionPolicy& policy);

}  // namespace recops::backup
