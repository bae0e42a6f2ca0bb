// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/dataset_stats.h"

#include <string>

namespace recops::engine {

/// The algorithm chooseDefaultAlgorithm() picked and why, in words for the operator.
struct AlgorithmChoice {
    std::string spec;
    std::string reason;
};

/// Picks a model for the data at hand when the operator did not name one:
///  - too little data to learn preferences (few interactions per user or in total):
///    popularity, which is also what cold-start users get;
///  - a catalog whose EASE matrix fits in the memory budget: EASE, a closed form with one
///    parameter and the most accurate of these models on MovieLens (docs/performance.md);
///  - anything larger: ALS, whose cost and memory grow linearly with the data.
/// `memoryBudgetMb` is what EASE's dense items x items matrix may take.
AlgorithmChoice chooseDefaultAlgorithm(const DatasetStats& stats, double memoryBudgetMb = 4096.0);

}  // namespace recops::engine
