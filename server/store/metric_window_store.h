// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/metric_window_record.h"

#include <cstdint>
#include <vector>

namespace recops::store {

/// Where the rolling windows are checkpointed, so that SLO windows survive restarts.
class MetricWindowStore {
public:
    virtual ~MetricWindowStore() = default;

    /**
     * In one transaction: writes @p records (replacing stored buckets of the same resolution
     * and start) and deletes per-second buckets starting before @p keepSecondsFromMs and
     * per-minute buckets starting before @p keepMinutesFromMs.
     */
    virtual void save(const std::vector<MetricWindowRecord>& records,
                      std::int64_t keepSecondsFromMs, std::int64_t keepMinutesFromMs) = 0;

    /// Per-second buckets from @p secondsFromMs and per-minute buckets from
    /// @p minutesFromMs, oldest first.
    virtual std::vector<MetricWindowRecord> load(std::int64_t secondsFromMs,
                                                 std::int64_t minutesFromMs) = 0;
};

}  // namespace recops::store
