// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/recommender.h"

#include "engine/engine_error.h"
#include "engine/top_k.h"

namespace recops::engine {

void Recommender::prepare(UserQuery& /*query*/) const {}

std::vector<ScoredItem> Recommender::similarItems(ItemIndex item, std::size_t k) const {
    if (item >= itemCount()) {
        throw EngineError("item index " + std::to_string(item) + " outside a catalog of " +
                          std::to_string(itemCount()) + " items");
    }
    // Per-thread buffers: this runs on the serving path for models without item vectors.
    thread_local UserQuery query;
    thread_local std::vector<float> scores;
    query.history.assign(1, {item, 1.0F});
    prepare(query);
    scores.resize(itemCount());
    scoreAll(query, scores);
    std::vector<ScoredItem> result;
    result.reserve(k);
    selectTopK(
        scores, k, [item](ItemIndex candidate) { return candidate != item; }, result);
    return result;
}

}  // namespace recops::engine
