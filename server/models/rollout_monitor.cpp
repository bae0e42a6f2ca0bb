// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/rollout_monitor.h"

#include <algorithm>

namespace recops::models {
namespace {

/// Fine where the latency objectives sit (P95 100 ms, P99 500 ms).
const std::vector<double> kLatencyBounds{0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01,
                                         0.015,  0.02,  0.03,  0.05,  0.075, 0.1,    0.15,
                                         0.2,    0.3,   0.5,   0.75,  1.0,   2.0,    5.0};

std::size_t indexOf(RolloutArm arm) {
    return arm == RolloutArm::Production ? 0 : 1;
}

}  // namespace

RolloutMonitor::Arm::Arm() : latency(kLatencyBounds) {}

RolloutMonitor::RolloutMonitor() : m_figures(std::make_shared<const Figures>()) {}

void RolloutMonitor::reset(std::string productionTag, std::string candidateTag) {
    auto figures = std::make_shared<Figures>();
    figures->arms[0].tag = std::move(productionTag);
    figures->arms[1].tag = std::move(candidateTag);
    figures->since = std::chrono::system_clock::now();
    m_figures.publish(std::move(figures));
}

void RolloutMonitor::recordRequest(RolloutArm arm, double seconds, bool failed) {
    const Arm& stats = m_figures.read().arms[indexOf(arm)];
    stats.requests.increment();
    if (failed) {
        stats.errors.increment();
    }
    stats.latency.observe(seconds);
}

void RolloutMonitor::recordEngagement(RolloutArm arm, std::uint64_t events) {
    m_figures.read().arms[indexOf(arm)].engagements.increment(events);
}

std::chrono::system_clock::time_point RolloutMonitor::since() const {
    return m_figures.acquire()->since;
}

double RolloutMonitor::quantile(const metrics::Histogram::Snapshot& snapshot,
                                const std::vector<double>& upperBounds, double q) {
    if (snapshot.count == 0) {
        return 0.0;
    }
    const double rank = q * static_cast<double>(snapshot.count);
    std::uint64_t below = 0;
    for (std::size_t bucket = 0; bucket < snapshot.cumulativeCounts.size(); ++bucket) {
        const std::uint64_t upTo = snapshot.cumulativeCounts[bucket];
        if (static_cast<double>(upTo) >= rank) {
            if (bucket >= upperBounds.size()) {
                return upperBounds.empty() ? 0.0 : upperBounds.back();
            }
            const double lower = bucket == 0 ? 0.0 : upperBounds[bucket - 1];
            const double inBucket = static_cast<double>(upTo - below);
            const double position =
                inBucket > 0 ? (rank - static_cast<double>(below)) / inBucket : 1.0;
            return lower + (upperBounds[bucket] - lower) * std::clamp(position, 0.0, 1.0);
        }
        below = upTo;
    }
    return upperBounds.empty() ? 0.0 : upperBounds.back();
}

std::array<RolloutArmReport, 2> RolloutMonitor::report() const {
    const auto figures = m_figures.acquire();
    std::array<RolloutArmReport, 2> reports;
    for (std::size_t index = 0; index < 2; ++index) {
        const Arm& arm = figures->arms[index];
        RolloutArmReport& report = reports[index];
        report.modelVersion = arm.tag;
        report.requests = arm.requests.value();
        report.errors = arm.errors.value();
        report.engagements = arm.engagements.value();
        if (report.requests > 0) {
            report.errorRate =
                static_cast<double>(report.errors) / static_cast<double>(report.requests);
            report.clickThrough =
                static_cast<double>(report.engagements) / static_cast<double>(report.requests);
        }
        const auto snapshot = arm.latency.snapshot();
        report.p50Seconds = quantile(snapshot, kLatencyBounds, 0.50);
        report.p95Seconds = quantile(snapshot, kLatencyBounds, 0.95);
        report.p99Seconds = quantile(snapshot, kLatencyBounds, 0.99);
    }
    return reports;
}

}  // namespace recops::models
