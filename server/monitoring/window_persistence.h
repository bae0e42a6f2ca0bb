// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/rolling_windows.h"

namespace recops::store {
class MetricWindowStore;
}

namespace recops::monitoring {

/// Writes what changed in @p windows since the last call to @p store, and drops stored
/// buckets that fell out of the retention. Throws what the store throws.
void saveWindows(RollingWindows& windows, store::MetricWindowStore& store,
                 RollingWindows::TimePoint now);

/// Fills @p windows from @p store with the buckets still inside the retention at @p now.
void loadWindows(RollingWindows& windows, store::MetricWindowStore& store,
                 RollingWindows::TimePoint now);

}  // namespace recops::monitoring
