// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/candidate_source.h"
#include "engine/item_catalog.h"
#include "engine/item_filter.h"
#include "engine/neighbour_memo.h"
#include "engine/popularity_recommender.h"
#include "engine/recommender.h"
#include "engine/retriever.h"

#include <cstdint>
#include <span>
#include <vector>

namespace recops::engine {

/// How many candidates each source contributes per request.
///
/// Each item-to-item seed costs one vector search, as much as the embedding search itself,
/// so the number of seeds is the main lever on latency (docs/performance.md).
struct CandidateSettings {
    std::size_t embedding = 100;  ///< vector search with the user's embedding
    std::size_t model = 100;      ///< model top-N, for models without embeddings
    std::size_t recentItems = 3;  ///< most recent history items used as item-to-item seeds
    std::size_t perRecentItem = 20;
    std::size_t popular = 50;
    std::size_t fresh = 20;
    double freshMaxAgeDays = 30.0;  ///< older items are not "fresh"
    /// Items whose vector-search neighbours are kept after their first search (NeighbourMemo;
    /// 0 searches every time). 200,000 lists of 2 × perRecentItem neighbours take about 70 MB.
    std::size_t memoisedNeighbourLists = 200000;
};

/// A candidate and every source that proposed it.
struct Candidate {
    ItemIndex item = 0;
    CandidateSources sources = 0;
};

/// Gathers candidates from several sources and merges them, recording each candidate's
/// sources. Every source honours the same filter (seen, excluded and unavailable items),
/// inside the vector search where the retriever supports it, so no source wastes its
/// quota on items that would be dropped later.
class CandidateGenerator {
public:
    /// All references must outlive the generator; `retriever` may be null (then the model's
    /// own top-N replaces vector search).
    CandidateGenerator(const Recommender& model, const PopularityRecommender& popularity,
                       const Retriever* retriever, const ItemCatalog& catalog,
                       CandidateSettings settings);

    /// Personalised candidates for a prepared query; `recentItems` are the user's latest
    /// items, newest first. Replaces the contents of `out`, sorted by item index.
    void generate(const UserQuery& query, std::span<const ItemIndex> recentItems, ItemFilter filter,
                  std::int64_t nowSeconds, std::vector<Candidate>& out) const;
    /// Candidates for a user with no usable history: popular and fresh items.
    void generateFallback(ItemFilter filter, std::int64_t nowSeconds,
                          std::vector<Candidate>& out) const;
    /// Up to `k` items related to `item` (itself excluded), best first: vector search with
    /// the item's own embedding where the model has embeddings (its unfiltered result kept
    /// in the NeighbourMemo for the next request), else the model's similarItems().
    void relatedItems(ItemIndex item, std::size_t k, ItemFilter filter,
                      std::vector<ScoredItem>& out) const;

    const CandidateSettings& settings() const { return m_settings; }
    const NeighbourMemo& neighbourMemo() const { return m_neighbours; }

private:
    void addPopular(ItemFilter filter, std::vector<Candidate>& out) const;
    void addFresh(ItemFilter filter, std::int64_t nowSeconds, std::vector<Candidate>& out) const;
    static void mergeDuplicates(std::vector<Candidate>& candidates);
    /// The memoised neighbours of `item`, searched and stored now when missing; nothing
    /// when the memo's budget is spent.
    const std::vector<ScoredItem>* memoisedNeighbours(ItemIndex item) const;

    const Recommender& m_model;
    const PopularityRecommender& m_popularity;
    const Retriever* m_retriever;
    const ItemCatalog& m_catalog;
    CandidateSettings m_settings;
    NeighbourMemo m_neighbours;
};

}  // namespace recops::engine
