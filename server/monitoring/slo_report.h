// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/burn_rate.h"
#include "monitoring/rolling_windows.h"
#include "monitoring/slo_definition.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace recops::monitoring {

/// Burn rates of one window pair; nothing for a window without requests.
struct BurnRateReading {
    BurnRateWindows windows;
    std::optional<double> longRate;
    std::optional<double> shortRate;
};

/// Where an SLO stands now. Every optional is empty when its window saw no request.
struct SloReport {
    SloDefinition definition;
    /// The indicator as people state it: availability (ratio), the percentile latency in
    /// seconds, or the 5xx ratio.
    std::optional<double> indicator;
    /// The share of good requests over the SLO window.
    std::optional<double> goodRatio;
    std::optional<double> errorBudgetRemaining;
    std::optional<bool> met;
    std::uint64_t requests = 0;
    std::vector<BurnRateReading> burnRates;
};

/// The share of bad requests in @p counts for @p slo; nothing without requests.
std::optional<double> badRatio(const SloDefinition& slo, const WindowCounts& counts);

/// @p slo's indicator, budget and burn rates from @p windows at @p now.
SloReport evaluateSlo(const SloDefinition& slo, const RollingWindows& windows,
                      RollingWindows::TimePoint now);

/// The percentile a latency SLO is stated as: its objective (0.95 for a P95 target).
double latencyPercentile(const SloDefinition& slo);

}  // namespace recops::monitoring
