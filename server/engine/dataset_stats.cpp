// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/dataset_stats.h"

#include <nlohmann/json.hpp>

namespace recops::engine {

nlohmann::json DatasetStats::toJson() const {
    return {{"users", users},
            {"items", items},
            {"interactions", interactions},
            {"active_items", activeItems},
            {"density", density},
            {"mean_interactions_per_user", meanInteractionsPerUser},
            {"median_interactions_per_user", medianInteractionsPerUser},
            {"first_timestamp", firstTimestampSeconds},
            {"last_timestamp", lastTimestampSeconds}};
}

}  // namespace recops::engine
