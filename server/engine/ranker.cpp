// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/ranker.h"

#include <algorithm>
#include <limits>

namespace recops::engine {
namespace {

bool rankedBefore(const RankedItem& left, const RankedItem& right) {
    return left.score != right.score ? left.score > right.score : left.item < right.item;
}

// MMR compares each remaining item with each selected one, so it only looks at this many
// of the most relevant candidates per requested item.
constexpr std::size_t kMmrPoolPerItem = 10;
constexpr std::size_t kMinimumMmrPool = 100;

}  // namespace

Ranker::Ranker(RankingWeights weights) {
    setWeights(weights);
}

void Ranker::setWeights(const RankingWeights& weights) {
    weights.validate();
    static std::atomic<std::uint64_t> generations{0};
    auto snapshot = std::make_shared<const RankingWeights>(weights);
    const std::lock_guard lock(m_mutex);
    m_weights = std::move(snapshot);
    m_generation.store(generations.fetch_add(1, std::memory_order_relaxed) + 1,
                       std::memory_order_release);
}

std::shared_ptr<const RankingWeights> Ranker::weights() const {
    const std::lock_guard lock(m_mutex);
    return m_weights;
}

const RankingWeights& Ranker::current() const {
    struct Seen {
        std::uint64_t generation = 0;
        std::shared_ptr<const RankingWeights> weights;
    };
    thread_local Seen seen;
    // Generations are unique across Rankers, so a match also means "this Ranker".
    if (seen.generation != m_generation.load(std::memory_order_acquire)) {
        const std::lock_guard lock(m_mutex);
        seen.weights = m_weights;
        seen.generation = m_generation.load(std::memory_order_relaxed);
    }
    return *seen.weights;
}

void Ranker::rank(std::span<const RankingCandidate> candidates, std::size_t k,
                  const ItemSimilarity* similarity, std::vector<RankedItem>& out) const {
    rank(candidates, k, current(), similarity, out);
}

void Ranker::rank(std::span<const RankingCandidate> candidates, std::size_t k,
                  const RankingWeights& weights, const ItemSimilarity* similarity,
                  std::vector<RankedItem>& out) {
    if (candidates.empty() || k == 0) {
        return;
    }
    // Model scores come on any scale (ALS inner products, EASE sums, popularity counts):
    // min-max over the candidates puts them on [0, 1] like the other signals.
    float lowest = std::numeric_limits<float>::infinity();
    float highest = -std::numeric_limits<float>::infinity();
    for (const auto& candidate : candidates) {
        lowest = std::min(lowest, candidate.modelScore);
        highest = std::max(highest, candidate.modelScore);
    }
    const float range = highest - lowest;

    thread_local std::vector<RankedItem> scored;
    scored.clear();
    for (const auto& candidate : candidates) {
        RankedItem item;
        item.item = candidate.item;
        item.sources = candidate.sources;
        auto& parts = item.components;
        parts.model = range > 0.0F ? (candidate.modelScore - lowest) / range : 1.0F;
        parts.popularity = candidate.popularity;
        parts.freshness = candidate.freshness;
        parts.categoryAffinity = candidate.categoryAffinity;
        parts.relevance =
            static_cast<float>(weights.model * parts.model + weights.popularity * parts.popularity +
                               weights.freshness * parts.freshness +
                               weights.categoryAffinity * parts.categoryAffinity);
        item.score = parts.relevance;
        scored.push_back(item);
    }

    const bool diversify = weights.mmrLambda < 1.0 && similarity != nullptr && k > 1;
    const std::size_t pool = diversify ? std::max(k * kMmrPoolPerItem, kMinimumMmrPool) : k;
    const std::size_t keep = std::min(pool, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep),
                      scored.end(), rankedBefore);
    scored.resize(keep);
    if (!diversify) {
        out.insert(out.end(), scored.begin(),
                   scored.begin() + static_cast<std::ptrdiff_t>(std::min(k, keep)));
        return;
    }

    // Greedy MMR: repeatedly take the item maximising
    // lambda * relevance - (1 - lambda) * max similarity to the items already taken.
    const auto lambda = static_cast<float>(weights.mmrLambda);
    thread_local std::vector<float> largestSimilarity;
    largestSimilarity.assign(scored.size(), 0.0F);
    const std::size_t begin = out.size();
    while (out.size() - begin < k && !scored.empty()) {
        std::size_t best = 0;
        float bestValue = -std::numeric_limits<float>::infinity();
        for (std::size_t position = 0; position < scored.size(); ++position) {
            const float value =
                lambda * scored[position].score - (1.0F - lambda) * largestSimilarity[position];
            if (value > bestValue) {
                bestValue = value;
                best = position;
            }
        }
        RankedItem chosen = scored[best];
        chosen.components.diversityPenalty = (1.0F - lambda) * largestSimilarity[best];
        out.push_back(chosen);
        scored.erase(scored.begin() + static_cast<std::ptrdiff_t>(best));
        largestSimilarity.erase(largestSimilarity.begin() + static_cast<std::ptrdiff_t>(best));
        for (std::size_t position = 0; position < scored.size(); ++position) {
            largestSimilarity[position] =
                std::max(largestSimilarity[position],
                         similarity->similarity(scored[position].item, chosen.item));
        }
    }
}

}  // namespace recops::engine
