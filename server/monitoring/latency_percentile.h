// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace recops::monitoring {

/**
 * The @p quantile (0..1) of the durations counted in @p counts, estimated the way Prometheus'
 * histogram_quantile() does, so that the server's own numbers match a Grafana panel's:
 *
 * - @p counts has one entry per bound in @p bounds plus a last one for values above them all;
 *   entries are per bucket, not cumulative;
 * - the rank quantile x total falls in the first bucket whose running count reaches it, and
 *   the estimate interpolates linearly inside that bucket (the first bucket from 0);
 * - a rank in the last (+Inf) bucket gives the highest finite bound.
 *
 * Nothing when nothing was counted.
 */
std::optional<double> percentileFromBuckets(std::span<const double> bounds,
                                            std::span<const std::uint64_t> counts, double quantile);

/**
 * The share of counted durations at or below @p thresholdSeconds, interpolating linearly
 * inside the bucket the threshold falls in (the inverse of percentileFromBuckets()). Values
 * in the +Inf bucket count as above any threshold. Nothing when nothing was counted.
 */
std::optional<double> shareAtOrBelow(std::span<const double> bounds,
                                     std::span<const std::uint64_t> counts,
                                     double thresholdSeconds);

}  // namespace recops::monitoring
