// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/types.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace recops::engine {

/// The order every ranked list in the engine uses: higher score first, and on equal
/// scores the lower item index first, so results are deterministic.
inline bool rankedBefore(const ScoredItem& left, const ScoredItem& right) {
    return left.score != right.score ? left.score > right.score : left.item < right.item;
}

/// Appends to `out`, best first, the `k` highest-scoring items among those `allowed`
/// accepts. NaN scores are never selected. Runs in O(n log k) with a bounded heap.
template <typename Allowed>
void selectTopK(std::span<const float> scores, std::size_t k, Allowed&& allowed,
                std::vector<ScoredItem>& out) {
    const auto begin = out.size();
    if (k == 0) {
        return;
    }
    // A heap whose top is the worst of the current best k.
    const auto worseFirst = [](const ScoredItem& left, const ScoredItem& right) {
        return rankedBefore(left, right);
    };
    for (std::size_t index = 0; index < scores.size(); ++index) {
        const float score = scores[index];
        if (std::isnan(score) || !allowed(static_cast<ItemIndex>(index))) {
            continue;
        }
        const ScoredItem candidate{static_cast<ItemIndex>(index), score};
        if (out.size() - begin < k) {
            out.push_back(candidate);
            std::push_heap(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(), worseFirst);
        } else if (rankedBefore(candidate, out[begin])) {
            std::pop_heap(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(), worseFirst);
            out.back() = candidate;
            std::push_heap(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(), worseFirst);
        }
    }
    std::sort_heap(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(), worseFirst);
}

/// selectTopK over every item.
inline std::vector<ScoredItem> selectTopK(std::span<const float> scores, std::size_t k) {
    std::vector<ScoredItem> out;
    out.reserve(std::min(k, scores.size()));
    selectTopK(
        scores, k, [](ItemIndex) { return true; }, out);
    return out;
}

}  // namespace recops::engine
