// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/snapshot_cell.h"
#include "engine/serving_model.h"
#include "metrics/counter.h"
#include "models/drift_profile.h"
#include "store/event_record.h"

#include <array>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace recops::metrics {
class Gauge;
class Registry;
}  // namespace recops::metrics

namespace recops::models {

struct LoadedVersion;

/// One feature's drift, as the API reports it.
struct FeatureDrift {
    DriftFeature feature = DriftFeature::UserActivity;
    /// Nothing while the window holds fewer than the minimum observations.
    std::optional<double> psi;
    std::string band = "insufficient data";
    std::uint64_t samples = 0;
    std::vector<std::string> bins;
    std::vector<double> baseline;
    std::vector<double> live;
};

struct DriftReport {
    /// The version whose training window is the baseline; empty when none has one.
    std::string modelVersion;
    std::vector<FeatureDrift> features;
    std::chrono::system_clock::time_point computedAt;
    std::chrono::milliseconds window{0};
};

/// How the monitor windows live traffic.
struct DriftSettings {
    std::chrono::milliseconds interval{60'000};
    std::chrono::milliseconds window{3'600'000};
    std::uint64_t minimumSamples = 200;
};

/**
 * Population stability of live traffic against the Production version's training window,
 * per feature (DriftProfile), recomputed every interval over a sliding window and published
 * as `data_drift_psi{feature}` (NaN while there is too little traffic) and by report().
 *
 * Recommendation requests (history length, recommended scores) and ingested events (item
 * popularity decile, category) are counted into sharded counters bound to the served version;
 * a swap binds new counters, so the window restarts with the new baseline. The request path
 * pays a handful of relaxed atomic increments.
 */
class DriftMonitor {
public:
    DriftMonitor(metrics::Registry& metrics, DriftSettings settings);
    ~DriftMonitor();
    DriftMonitor(const DriftMonitor&) = delete;
    DriftMonitor& operator=(const DriftMonitor&) = delete;

    /// Compares traffic with @p version's baseline from now on (null, or a version without a
    /// baseline, stops the comparison).
    void attach(const std::shared_ptr<const LoadedVersion>& version);

    void observeRequest(std::size_t historyLength, std::span<const engine::Recommendation> items);
    void observeEvents(std::span<const store::EventRecord> events);

    /// Takes the counts of the interval just ended into the window and recomputes; the
    /// monitor's thread calls it every interval, tests call it directly.
    void recompute();
    DriftReport report() const;

    /// Starts the thread that calls recompute() every interval.
    void start();

private:
    struct Binding;
    using Counts = std::array<std::vector<std::uint64_t>, kDriftFeatures.size()>;

    DriftSettings m_settings;
    std::array<metrics::Gauge*, kDriftFeatures.size()> m_gauges{};
    common::SnapshotCell<Binding> m_binding;

    mutable std::mutex m_mutex;
    std::shared_ptr<const Binding> m_windowBinding;
    Counts m_lastTotals;
    std::deque<Counts> m_intervals;
    DriftReport m_report;

    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

}  // namespace recops::models
