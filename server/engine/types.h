// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <limits>

namespace recops::engine {

/// Dense index of an item in a model's catalog (0 .. itemCount-1).
using ItemIndex = std::uint32_t;
/// Dense index of a user in a training dataset (0 .. userCount-1).
using UserIndex = std::uint32_t;

inline constexpr ItemIndex kNoItem = std::numeric_limits<ItemIndex>::max();

/// One entry of a user's history as the models see it: an item and the confidence the
/// user's events on it add up to (see EventWeights).
struct WeightedItem {
    ItemIndex item = 0;
    float weight = 1.0F;
};

/// An item with a score; lists of these are sorted best first.
struct ScoredItem {
    ItemIndex item = 0;
    float score = 0.0F;

    friend bool operator==(const ScoredItem&, const ScoredItem&) = default;
};

}  // namespace recops::engine
