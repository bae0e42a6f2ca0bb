// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/recommender.h"

#include <memory>
#include <string_view>
#include <vector>

namespace recops::engine {

/// Builds unfitted models from configuration strings:
///
///     popularity:half_life_days=30
///     als:factors=64,iterations=15,regularization=20,alpha=1
///     ease:lambda=250
///     itemknn:neighbours=100,shrink=10
///
/// An unknown algorithm, an unknown parameter or a bad value is a SpecError that says
/// which, and what would be valid.
class RecommenderFactory {
public:
    static std::unique_ptr<Recommender> create(std::string_view spec);
    static const std::vector<std::string_view>& algorithms();
};

}  // namespace recops::engine
