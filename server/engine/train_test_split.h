// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/csr_matrix.h"
#include "engine/interaction_dataset.h"

#include <cstdint>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// How splitPerUser() divides each user's interactions.
struct SplitOptions {
    /// Share of each eligible user's interactions held out for testing.
    double testFraction = 0.25;
    /// Users with fewer interactions stay entirely in the training set: holding out one of
    /// two or three items leaves too little history to recommend from, and would measure
    /// the cold-start fallback rather than the model.
    std::size_t minimumInteractions = 5;
    std::uint64_t seed = 42;

    nlohmann::json toJson() const;
};

/// A per-user random split. Both parts keep the original user and item indices.
struct TrainTestSplit {
    InteractionDataset train;
    /// users x items, the held-out cells (with their weights); empty rows for users who
    /// stayed in training only.
    CsrMatrix test;
    std::size_t testUsers = 0;
};

/// Stratified by user: every user with at least `minimumInteractions` cells has
/// round(testFraction x n) of them, at least 1 and at most n - 1, drawn uniformly at random
/// into the test set, the rest into training. The draw for a user depends only on the seed
/// and the user's id (not on the order users were seen or on thread scheduling), so the
/// same seed gives the same split.
TrainTestSplit splitPerUser(const InteractionDataset& data, const SplitOptions& options);

}  // namespace recops::engine
