// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/slo_report.h"

#include "monitoring/latency_percentile.h"
#include "monitoring/series.h"

namespace recops::monitoring {

double latencyPercentile(const SloDefinition& slo) {
    return slo.objective;
}

std::optional<double> badRatio(const SloDefinition& slo, const WindowCounts& counts) {
    if (counts.requests == 0) {
        return std::nullopt;
    }
    if (slo.kind == SloKind::Latency) {
        const auto fast =
            shareAtOrBelow(kLatencyBucketBounds, counts.latency, slo.latencyThresholdSeconds);
        return fast ? std::optional<double>(1.0 - *fast) : std::nullopt;
    }
    return serverErrorRatio(counts);
}

SloReport evaluateSlo(const SloDefinition& slo, const RollingWindows& windows,
                      RollingWindows::TimePoint now) {
    SloReport report{slo, {}, {}, {}, {}, 0, {}};
    const WindowCounts counts = windows.lastWindow(slo.window, now);
    report.requests = counts.requests;
    if (const auto bad = badRatio(slo, counts)) {
        report.goodRatio = 1.0 - *bad;
        report.errorBudgetRemaining = errorBudgetRemaining(*bad, slo.objective);
        switch (slo.kind) {
            case SloKind::Availability:
                report.indicator = report.goodRatio;
                report.met = *report.goodRatio >= slo.objective;
                break;
            case SloKind::ErrorRate:
                report.indicator = *bad;
                report.met = *bad <= 1.0 - slo.objective;
                break;
            case SloKind::Latency:
                report.indicator = latencyQuantile(counts, latencyPercentile(slo));
                report.met = *report.indicator <= slo.latencyThresholdSeconds;
                break;
        }
    }
    for (const BurnRateWindows& pair : kBurnRateWindows) {
        BurnRateReading reading{pair, {}, {}};
        if (const auto bad = badRatio(slo, windows.lastWindow(pair.longWindow, now))) {
            reading.longRate = burnRate(*bad, slo.objective);
        }
        if (const auto bad = badRatio(slo, windows.lastWindow(pair.shortWindow, now))) {
            reading.shortRate = burnRate(*bad, slo.objective);
        }
        report.burnRates.push_back(reading);
    }
    return report;
}

}  // namespace recops::monitoring
