// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "backup/backup_records.h"

#include <chrono>

#include <nlohmann/json.hpp>

namespace recops::service {

/**
 * A backup as the API shows it: id, status, trigger, label, requested_by, times, sizes,
 * age against the recovery point objective @p rpo (at @p now), the database's schema and rows
 * per table, the model file count, the error of a failed one, and its last verification and
 * restore (with their queued or running state while the server has them to do).
 */
nlohmann::json backupToJson(const backup::BackupSummary& summary,
                            std::chrono::system_clock::time_point now, std::chrono::seconds rpo);

}  // namespace recops::service
