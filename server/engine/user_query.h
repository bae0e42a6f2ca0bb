// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/types.h"

#include <vector>

namespace recops::engine {

/// A user's history prepared for scoring. Recommender::prepare() fills it once per
/// request (for ALS that is the fold-in solve for the user's vector); every scoring call
/// then reuses it. The vectors keep their capacity, so a query object reused by one thread
/// stops allocating after its first requests.
struct UserQuery {
    /// The user's items with their confidence weights; any order, no duplicates.
    std::vector<WeightedItem> history;
    /// The user's vector in the model's embedding space; empty if the model has none.
    std::vector<float> embedding;
    /// Scratch space owned by the model's prepare().
    std::vector<float> workspace;
};

}  // namespace recops::engine
