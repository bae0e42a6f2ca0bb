// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/candidate_generator.h"

#include "engine/top_k.h"

#include <algorithm>

namespace recops::engine {
namespace {

constexpr double kSecondsPerDay = 86400.0;

void append(const std::vector<ScoredItem>& found, CandidateSource source,
            std::vector<Candidate>& out) {
    for (const auto& item : found) {
        out.push_back({item.item, sourceBit(source)});
    }
}

}  // namespace

CandidateGenerator::CandidateGenerator(const Recommender& model,
                                       const PopularityRecommender& popularity,
                                       const Retriever* retriever, const ItemCatalog& catalog,
                                       CandidateSettings settings)
    : m_model(model)
    , m_popularity(popularity)
    , m_retriever(retriever)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_neighbours(retriever != nullptr && model.embeddingDimension() > 0 ? model.itemCount() : 0,
                   2 * settings.perRecentItem, settings.memoisedNeighbourLists) {}

void CandidateGenerator::generate(const UserQuery& query, std::span<const ItemIndex> recentItems,
                                  ItemFilter filter, std::int64_t nowSeconds,
                                  std::vector<Candidate>& out) const {
    out.clear();
    thread_local std::vector<ScoredItem> found;
    found.clear();
    if (m_retriever != nullptr && !query.embedding.empty()) {
        m_retriever->search(query.embedding, m_settings.embedding, filter, found);
        append(found, CandidateSource::Embedding, out);
    } else {
        thread_local std::vector<float> scores;
        scores.resize(m_model.itemCount());
        m_model.scoreAll(query, scores);
        selectTopK(
            scores, m_settings.model, [filter](ItemIndex item) { return filter.accepts(item); },
            found);
        append(found, CandidateSource::Model, out);
    }
    const auto seeds = recentItems.first(std::min(recentItems.size(), m_settings.recentItems));
    for (const auto seed : seeds) {
        found.clear();
        relatedItems(seed, m_settings.perRecentItem, filter, found);
        append(found, CandidateSource::ItemToItem, out);
    }
    addPopular(filter, out);
    addFresh(filter, nowSeconds, out);
    mergeDuplicates(out);
}

void CandidateGenerator::generateFallback(ItemFilter filter, std::int64_t nowSeconds,
                                          std::vector<Candidate>& out) const {
    out.clear();
    addPopular(filter, out);
    addFresh(filter, nowSeconds, out);
    mergeDuplicates(out);
}

void CandidateGenerator::relatedItems(ItemIndex item, std::size_t k, ItemFilter filter,
                                      std::vector<ScoredItem>& out) const {
    if (item >= m_model.itemCount() || k == 0) {
        return;
    }
    const auto notItself = [filter, item](ItemIndex candidate) {
        return candidate != item && filter.accepts(candidate);
    };
    const std::size_t dimension = m_model.embeddingDimension();
    if (m_retriever != nullptr && dimension > 0) {
        if (const auto* neighbours =
                k <= m_neighbours.listLength() ? memoisedNeighbours(item) : nullptr) {
            for (const auto& neighbour : *neighbours) {
                if (out.size() == k) {
                    return;
                }
                if (filter.accepts(neighbour.item)) {
                    out.push_back(neighbour);
                }
            }
            // A short list is the whole catalog; otherwise the filter took too many of the
            // stored neighbours, and the search below looks further.
            if (out.size() == k || neighbours->size() < m_neighbours.listLength()) {
                return;
            }
            out.clear();
        }
        const auto vector = m_model.itemEmbeddings().subspan(item * dimension, dimension);
        m_retriever->search(vector, k, notItself, out);
        return;
    }
    // Ask for extra neighbours: the model's list is not filtered.
    const auto similar = m_model.similarItems(item, k * 2 + 10);
    for (const auto& neighbour : similar) {
        if (out.size() >= k) {
            break;
        }
        if (notItself(neighbour.item)) {
            out.push_back(neighbour);
        }
    }
}

const std::vector<ScoredItem>* CandidateGenerator::memoisedNeighbours(ItemIndex item) const {
    if (const auto* stored = m_neighbours.find(item)) {
        return stored;
    }
    if (m_neighbours.storedLists() >= m_settings.memoisedNeighbourLists) {
        return nullptr;
    }
    const std::size_t dimension = m_model.embeddingDimension();
    const auto vector = m_model.itemEmbeddings().subspan(item * dimension, dimension);
    std::vector<ScoredItem> neighbours;
    neighbours.reserve(m_neighbours.listLength());
    m_retriever->search(
        vector, m_neighbours.listLength(),
        [item](ItemIndex candidate) { return candidate != item; }, neighbours);
    return m_neighbours.publish(item, std::move(neighbours));
}

void CandidateGenerator::addPopular(ItemFilter filter, std::vector<Candidate>& out) const {
    std::size_t added = 0;
    for (const auto item : m_popularity.ranking()) {
        if (added >= m_settings.popular) {
            break;
        }
        if (filter.accepts(item)) {
            out.push_back({item, sourceBit(CandidateSource::Popular)});
            ++added;
        }
    }
}

void CandidateGenerator::addFresh(ItemFilter filter, std::int64_t nowSeconds,
                                  std::vector<Candidate>& out) const {
    const auto oldest =
        nowSeconds - static_cast<std::int64_t>(m_settings.freshMaxAgeDays * kSecondsPerDay);
    std::size_t added = 0;
    for (const auto item : m_catalog.newestFirst()) {
        if (added >= m_settings.fresh || m_catalog.createdAtSeconds(item) < oldest) {
            break;
        }
        // Items "created" in the future (clock skew, scheduled releases) are not offered yet.
        if (m_catalog.createdAtSeconds(item) <= nowSeconds && filter.accepts(item)) {
            out.push_back({item, sourceBit(CandidateSource::Fresh)});
            ++added;
        }
    }
}

void CandidateGenerator::mergeDuplicates(std::vector<Candidate>& candidates) {
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& left, const Candidate& right) { return left.item < right.item; });
    std::size_t write = 0;
    for (std::size_t read = 0; read < candidates.size(); ++read) {
        if (write > 0 && candidates[write - 1].item == candidates[read].item) {
            candidates[write - 1].sources |= candidates[read].sources;
        } else {
            candidates[write++] = candidates[read];
        }
    }
    candidates.resize(write);
}

}  // namespace recops::engine
