// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

// Metric families that other parts of the server publish in the metrics registry and alert
// rules read by name. A publisher registers the family (with Registry::counterFamily() or
// gaugeFamily()) and sets it; until it does, the rules that read it have nothing to say.
namespace recops::monitoring::published {

/// Counter: models that failed to load. Any labels; the rule sums them.
inline constexpr std::string_view kModelLoadFailuresTotal = "model_load_failures_total";
/// Gauge per feature (label `feature`): population stability index of live against training
/// data.
inline constexpr std::string_view kDataDriftPsi = "data_drift_psi";
/// Gauges with the same labels: store connections in use and the pool's size.
inline constexpr std::string_view kStorePoolConnectionsInUse = "store_pool_connections_in_use";
inline constexpr std::string_view kStorePoolConnectionsMax = "store_pool_connections_max";
/// Gauge: Unix time in seconds of the last successful backup (any labels, one per target).
inline constexpr std::string_view kBackupLastSuccessTimestampSeconds =
    "backup_last_success_timestamp_seconds";

}  // namespace recops::monitoring::published
