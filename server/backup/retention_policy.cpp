// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/retention_policy.h"

#include <algorithm>

namespace recops::backup {

std::vector<std::string> selectExpired(std::vector<RetainedBackup> backups,
                                       std::chrono::system_clock::time_point now,
                                       const RetentionPolicy& policy) {
    std::sort(backups.begin(), backups.end(),
              [](const RetainedBackup& left, const RetainedBackup& right) {
                  return left.createdAt != right.createdAt ? left.createdAt > right.createdAt
                                                           : left.id > right.id;
              });
    std::vector<std::string> expired;
    std::size_t succeededSeen = 0;
    std::size_t failedSeen = 0;
    for (const RetainedBackup& backup : backups) {
        const std::size_t rank = backup.succeeded ? succeededSeen++ : failedSeen++;
        if (backup.succeeded && rank == 0) {
            continue;
        }
        const bool beyondCount = policy.keepLast > 0 && rank >= policy.keepLast;
        const bool tooOld = policy.maxAge.count() > 0 && now - backup.createdAt > policy.maxAge;
        if (beyondCount || tooOld) {
            expired.push_back(backup.id);
        }
    }
    return expired;
}

}  // namespace recops::backup
