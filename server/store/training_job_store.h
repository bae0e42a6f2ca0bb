// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::store {

/// One training job as the trainer records it.
struct TrainingJobRecord {
    std::string id;
    std::string model;
    /// queued, running, succeeded, failed, cancelled.
    std::string status;
    /// "api" or "schedule".
    std::string trigger;
    std::string requestedBy;
    /// The request as JSON text (algorithm, params, window, label, dry_run, stage).
    std::string requestJson = "{}";
    /// The training summary as JSON text once the job succeeded, "null" before.
    std::string resultJson = "null";
    std::string error;
    std::int64_t createdAtMs = 0;
    std::optional<std::int64_t> startedAtMs;
    std::optional<std::int64_t> finishedAtMs;
};

/**
 * The trainer's job history, kept across restarts. Written by the trainer's one worker at each
 * state change; read by the API.
 */
class TrainingJobStore {
public:
    virtual ~TrainingJobStore() = default;

    /// Inserts or replaces the job with @p record.id.
    virtual void save(const TrainingJobRecord& record) = 0;
    virtual std::optional<TrainingJobRecord> find(std::string_view id) = 0;
    /// The newest @p limit jobs, newest first, of @p model (all models when empty).
    virtual std::vector<TrainingJobRecord> list(std::string_view model, std::size_t limit) = 0;
    /// Jobs left queued or running by a process that stopped; marked failed at start.
    virtual std::size_t failUnfinished(std::string_view reason, std::int64_t atMs) = 0;
};

}  // namespace recops::store
