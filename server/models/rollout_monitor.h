// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/snapshot_cell.h"
#include "metrics/counter.h"
#include "metrics/histogram.h"
#include "models/serving_state.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace recops::models {

/// What one arm of a rollout did since the rollout started.
struct RolloutArmReport {
    std::string modelVersion;
    std::uint64_t requests = 0;
    std::uint64_t errors = 0;
    double errorRate = 0.0;
    double p50Seconds = 0.0;
    double p95Seconds = 0.0;
    double p99Seconds = 0.0;
    /// Engagement events (click, like, complete, purchase) from the arm's users.
    std::uint64_t engagements = 0;
    /// Engagements per recommendation request served to the arm.
    double clickThrough = 0.0;
};

/**
 * Live figures of a canary rollout, per arm: requests, errors, latency percentiles, and
 * online click-through from the events the arm's users send.
 *
 * Requests record into sharded counters and histograms (no lock on the request path). Users
 * are assigned to arms by the rollout's stable hash, so an engagement event is credited to
 * the arm that serves its user, whichever item it names: the click-through of an arm is the
 * engagement its users show per recommendation request while the rollout runs.
 */
class RolloutMonitor {
public:
    RolloutMonitor();

    /// Starts counting afresh for the arms @p productionTag and @p candidateTag.
    void reset(std::string productionTag, std::string candidateTag);

    void recordRequest(RolloutArm arm, double seconds, bool failed);
    void recordEngagement(RolloutArm arm, std::uint64_t events = 1);

    std::array<RolloutArmReport, 2> report() const;
    std::chrono::system_clock::time_point since() const;

    /// The latency quantile @p q (0-1) of a histogram snapshot, interpolated linearly within
    /// its bucket (the +Inf bucket reports its lower bound).
    static double quantile(const metrics::Histogram::Snapshot& snapshot,
                           const std::vector<double>& upperBounds, double q);

private:
    /// Published as an immutable snapshot (a reset swaps in a new one); only the sharded
    /// atomics inside change, hence mutable.
    struct Arm {
        Arm();
        std::string tag;
        mutable metrics::Counter requests;
        mutable metrics::Counter errors;
        mutable metrics::Counter engagements;
        mutable metrics::Histogram latency;
    };
    struct Figures {
        std::array<Arm, 2> arms;
        std::chrono::system_clock::time_point since;
    };

    common::SnapshotCell<Figures> m_figures;
};

}  // namespace recops::models
