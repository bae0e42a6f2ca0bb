// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/recommender_factory.h"

#include "engine/als_recommender.h"
#include "engine/component_spec.h"
#include "engine/ease_recommender.h"
#include "engine/engine_error.h"
#include "engine/item_knn_recommender.h"
#include "engine/popularity_recommender.h"

#include <string>

namespace recops::engine {

const std::vector<std::string_view>& RecommenderFactory::algorithms() {
    static const std::vector<std::string_view> names{"popularity", "als", "ease", "itemknn"};
    return names;
}

std::unique_ptr<Recommender> RecommenderFactory::create(std::string_view text) {
    auto spec = ComponentSpec::parse(text, "algorithm");
    const auto& name = spec.name();
    if (name == "popularity") {
        return std::make_unique<PopularityRecommender>(spec);
    }
    if (name == "als") {
        return std::make_unique<AlsRecommender>(spec);
    }
    if (name == "ease") {
        return std::make_unique<EaseRecommender>(spec);
    }
    if (name == "itemknn") {
        return std::make_unique<ItemKnnRecommender>(spec);
    }
    std::string known;
    for (const auto algorithm : algorithms()) {
        known += known.empty() ? "" : ", ";
        known += algorithm;
    }
    throw SpecError("unknown algorithm '" + name + "' (known: " + known + ")");
}

}  // namespace recops::engine
