// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/candidate_source.h"
#include "engine/ranking_weights.h"
#include "engine/types.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace recops::engine {

/// One candidate's raw signals, as candidate generation found them.
struct RankingCandidate {
    ItemIndex item = 0;
    CandidateSources sources = 0;
    float modelScore = 0.0F;        ///< raw model score, any scale (normalised by the Ranker)
    float popularity = 0.0F;        ///< in [0, 1]
    float freshness = 0.0F;         ///< in [0, 1]
    float categoryAffinity = 0.0F;  ///< in [0, 1]
};

/// The parts of a final score, for explain mode.
struct ScoreComponents {
    float model = 0.0F;  ///< the min-max normalised model score
    float popularity = 0.0F;
    float freshness = 0.0F;
    float categoryAffinity = 0.0F;
    /// weights . components: the score the list is ranked by without diversity.
    float relevance = 0.0F;
    /// (1 - lambda) x the largest similarity to an item ranked above; 0 without MMR.
    float diversityPenalty = 0.0F;
};

struct RankedItem {
    ItemIndex item = 0;
    CandidateSources sources = 0;
    float score = 0.0F;  ///< relevance
    ScoreComponents components;
};

/// Similarity of two items in [0, 1], for the diversity re-ranking.
class ItemSimilarity {
public:
    virtual ~ItemSimilarity() = default;
    virtual float similarity(ItemIndex left, ItemIndex right) const = 0;
};

/// The final ranking stage: normalises the model score over the candidate set, blends it
/// with popularity, freshness and category affinity by the current RankingWeights, and
/// optionally re-ranks with MMR.
///
/// The weights can be replaced at any time from any thread: each published set is an
/// immutable snapshot, and each rank() call reads one consistent snapshot. The request path
/// reads them through current(), which takes no lock and writes no shared memory once the
/// calling thread has seen the latest set (a std::atomic<std::shared_ptr> load would take
/// the control block's spin lock and bump its shared count on every request).
class Ranker {
public:
    explicit Ranker(RankingWeights weights = {});

    /// The current weights, as a pointer that stays valid as long as it is held.
    std::shared_ptr<const RankingWeights> weights() const;
    /// The current weights for the calling thread; the reference stays valid until the thread
    /// calls current() on any Ranker again.
    const RankingWeights& current() const;
    /// Validates (SpecError) and publishes new weights for every later rank() call.
    void setWeights(const RankingWeights& weights);

    /// Appends the best `k` candidates to `out`, best first, using the current weights.
    /// `similarity` is needed only when mmr_lambda < 1 (nullptr disables MMR).
    void rank(std::span<const RankingCandidate> candidates, std::size_t k,
              const ItemSimilarity* similarity, std::vector<RankedItem>& out) const;
    /// The same with explicit weights.
    static void rank(std::span<const RankingCandidate> candidates, std::size_t k,
                     const RankingWeights& weights, const ItemSimilarity* similarity,
                     std::vector<RankedItem>& out);

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const RankingWeights> m_weights;
    /// Changes with every setWeights(); unique across Rankers (one counter for all).
    std::atomic<std::uint64_t> m_generation{0};
};

}  // namespace recops::engine
