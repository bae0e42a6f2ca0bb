// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <cstdint>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// The shape of an interaction dataset: what chooseDefaultAlgorithm() and the training
/// report look at.
struct DatasetStats {
    std::size_t users = 0;
    std::size_t items = 0;
    /// Non-zero (user, item) cells after aggregation.
    std::size_t interactions = 0;
    /// Items with at least one interaction (the rest exist only in the catalog).
    std::size_t activeItems = 0;
    double density = 0.0;
    double meanInteractionsPerUser = 0.0;
    std::size_t medianInteractionsPerUser = 0;
    std::int64_t firstTimestampSeconds = 0;
    std::int64_t lastTimestampSeconds = 0;

    nlohmann::json toJson() const;
};

}  // namespace recops::engine
