// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/latency_percentile.h"

#include <algorithm>

namespace recops::monitoring {
namespace {

std::uint64_t total(std::span<const std::uint64_t> counts) {
    std::uint64_t sum = 0;
    for (std::uint64_t count : counts) {
        sum += count;
    }
    return sum;
}

}  // namespace

std::optional<double> percentileFromBuckets(std::span<const double> bounds,
                                            std::span<const std::uint64_t> counts,
                                            double quantile) {
    const std::uint64_t observations = total(counts);
    if (observations == 0 || bounds.empty() || counts.size() != bounds.size() + 1) {
        return std::nullopt;
    }
    const double rank = std::clamp(quantile, 0.0, 1.0) * static_cast<double>(observations);
    double below = 0.0;
    for (std::size_t bucket = 0; bucket < bounds.size(); ++bucket) {
        const auto inBucket = static_cast<double>(counts[bucket]);
        if (inBucket > 0.0 && below + inBucket >= rank) {
            const double lower = bucket == 0 ? 0.0 : bounds[bucket - 1];
            return lower + (bounds[bucket] - lower) * ((rank - below) / inBucket);
        }
        below += inBucket;
    }
    return bounds.back();
}

std::optional<double> shareAtOrBelow(std::span<const double> bounds,
                                     std::span<const std::uint64_t> counts,
                                     double thresholdSeconds) {
    const std::uint64_t observations = total(counts);
    if (observations == 0 || counts.size() != bounds.size() + 1) {
        return std::nullopt;
    }
    double atOrBelow = 0.0;
    for (std::size_t bucket = 0; bucket < bounds.size(); ++bucket) {
        const double lower = bucket == 0 ? 0.0 : bounds[bucket - 1];
        const auto inBucket = static_cast<double>(counts[bucket]);
        if (thresholdSeconds >= bounds[bucket]) {
            atOrBelow += inBucket;
        } else {
            if (thresholdSeconds > lower) {
                atOrBelow += inBucket * (thresholdSeconds - lower) / (bounds[bucket] - lower);
            }
            break;
        }
    }
    return atOrBelow / static_cast<double>(observations);
}

}  // namespace recops::monitoring
