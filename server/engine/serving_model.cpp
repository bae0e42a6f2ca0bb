// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The request path of the engine: turn the user's events into a weighted history with the
// model's own event weights, gather candidates from every source under one filter (seen,
// excluded, unavailable), score them with the model, add popularity, freshness and
// category affinity, and let the Ranker blend and diversify. Per-thread scratch buffers
// keep the path free of allocations once a thread has warmed up.
#include "engine/serving_model.h"

#include "engine/engine_error.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace recops::engine {
namespace {

constexpr double kSecondsPerDay = 86400.0;

/// Cosine of the model's item vectors, clamped to [0, 1] (opposite tastes are simply
/// "not similar" for diversity purposes).
class EmbeddingSimilarity final : public ItemSimilarity {
public:
    explicit EmbeddingSimilarity(const Recommender& model)
        : m_vectors(model.itemEmbeddings()), m_dimension(model.embeddingDimension()) {
        m_norms.resize(model.itemCount());
        for (std::size_t item = 0; item < m_norms.size(); ++item) {
            double sum = 0.0;
            for (std::size_t column = 0; column < m_dimension; ++column) {
                const double value = m_vectors[item * m_dimension + column];
                sum += value * value;
            }
            m_norms[item] = static_cast<float>(std::sqrt(sum));
        }
    }
    float similarity(ItemIndex left, ItemIndex right) const override {
        const float denominator = m_norms[left] * m_norms[right];
        if (denominator <= 0.0F) {
            return 0.0F;
        }
        float dot = 0.0F;
        for (std::size_t column = 0; column < m_dimension; ++column) {
            dot += m_vectors[left * m_dimension + column] * m_vectors[right * m_dimension + column];
        }
        return std::clamp(dot / denominator, 0.0F, 1.0F);
    }

private:
    std::span<const float> m_vectors;
    std::size_t m_dimension;
    std::vector<float> m_norms;
};

/// Jaccard overlap of the items' categories, for models without item vectors.
class CategorySimilarity final : public ItemSimilarity {
public:
    explicit CategorySimilarity(const ItemCatalog& catalog) : m_catalog(catalog) {}
    float similarity(ItemIndex left, ItemIndex right) const override {
        const auto a = m_catalog.categories(left);
        const auto b = m_catalog.categories(right);
        if (a.empty() || b.empty()) {
            return 0.0F;
        }
        std::size_t common = 0;
        for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
            if (a[i] == b[j]) {
                ++common;
                ++i;
                ++j;
            } else if (a[i] < b[j]) {
                ++i;
            } else {
                ++j;
            }
        }
        return static_cast<float>(common) / static_cast<float>(a.size() + b.size() - common);
    }

private:
    const ItemCatalog& m_catalog;
};

/// Buffers one request needs, kept per thread and reused.
struct Scratch {
    struct Event {
        ItemIndex item;
        float weight;
        std::int64_t timestampSeconds;
    };
    std::vector<Event> events;
    std::vector<std::pair<std::int64_t, ItemIndex>> latest;
    UserQuery query;
    std::vector<ItemIndex> recent;
    std::vector<ItemIndex> blocked;
    std::vector<Candidate> candidates;
    std::vector<ItemIndex> candidateItems;
    std::vector<float> modelScores;
    std::vector<RankingCandidate> ranking;
    std::vector<RankedItem> ranked;
    std::vector<float> categoryShare;
    std::vector<ItemCatalog::CategoryId> touchedCategories;
    std::vector<ScoredItem> related;
};

Scratch& scratch() {
    thread_local Scratch buffers;
    return buffers;
}

/// Turns the request's events into the weighted history the model scores (summed and capped
/// per item exactly as in training), the items by most recent event (for item-to-item
/// seeds), and the items to exclude (seen ones and the explicit list, unsorted).
void collectHistory(const RecommendationRequest& request, const IdIndex& items,
                    const EventWeights& eventWeights, Scratch& s) {
    s.events.clear();
    for (const auto& event : request.history) {
        if (const auto item = items.find(event.itemId)) {
            const auto weight = eventWeights.weightOf(event.type, event.value);
            s.events.push_back({*item, weight ? *weight : 0.0F, event.timestampSeconds});
        }
    }
    std::sort(s.events.begin(), s.events.end(),
              [](const Scratch::Event& left, const Scratch::Event& right) {
                  return left.item < right.item;
              });
    s.query.history.clear();
    s.latest.clear();
    s.blocked.clear();
    for (std::size_t begin = 0; begin < s.events.size();) {
        std::size_t end = begin;
        float weight = 0.0F;
        std::int64_t latest = s.events[begin].timestampSeconds;
        for (; end < s.events.size() && s.events[end].item == s.events[begin].item; ++end) {
            weight += s.events[end].weight;
            latest = std::max(latest, s.events[end].timestampSeconds);
        }
        const ItemIndex item = s.events[begin].item;
        if (weight > 0.0F) {
            s.query.history.push_back({item, eventWeights.capCellWeight(weight)});
            s.latest.emplace_back(latest, item);
        }
        if (request.excludeSeen) {
            s.blocked.push_back(item);  // seen, whatever the event's weight
        }
        begin = end;
    }
    std::sort(s.latest.begin(), s.latest.end(), [](const auto& left, const auto& right) {
        return left.first != right.first ? left.first > right.first : left.second < right.second;
    });
    s.recent.clear();
    for (const auto& [timestamp, item] : s.latest) {
        s.recent.push_back(item);
    }
    for (const auto& id : request.exclude) {
        if (const auto item = items.find(id)) {
            s.blocked.push_back(*item);
        }
    }
}

/// The ranking inputs of each candidate: its model score (already in s.modelScores) and
/// popularity, freshness and category affinity, each on [0, 1].
void describeCandidates(const ItemCatalog& catalog, const std::vector<float>& popularity,
                        float logLargestPopularity, const RankingWeights& weights, std::int64_t now,
                        Scratch& s) {
    double totalWeight = 0.0;
    s.categoryShare.resize(catalog.categoryCount(), 0.0F);
    for (const auto& entry : s.query.history) {
        totalWeight += entry.weight;
        for (const auto category : catalog.categories(entry.item)) {
            if (s.categoryShare[category] == 0.0F) {
                s.touchedCategories.push_back(category);
            }
            s.categoryShare[category] += entry.weight;
        }
    }
    s.ranking.clear();
    for (std::size_t position = 0; position < s.candidates.size(); ++position) {
        const ItemIndex item = s.candidates[position].item;
        RankingCandidate candidate;
        candidate.item = item;
        candidate.sources = s.candidates[position].sources;
        candidate.modelScore = s.modelScores[position];
        candidate.popularity =
            logLargestPopularity > 0.0F
                ? std::log1p(std::max(0.0F, popularity[item])) / logLargestPopularity
                : 0.0F;
        const std::int64_t created = catalog.createdAtSeconds(item);
        if (created > 0) {
            const double ageDays =
                static_cast<double>(std::max<std::int64_t>(0, now - created)) / kSecondsPerDay;
            candidate.freshness =
                static_cast<float>(std::exp2(-ageDays / weights.freshnessHalfLifeDays));
        }
        float affinity = 0.0F;
        for (const auto category : catalog.categories(item)) {
            affinity = std::max(affinity, s.categoryShare[category]);
        }
        candidate.categoryAffinity =
            totalWeight > 0.0 ? static_cast<float>(affinity / totalWeight) : 0.0F;
        s.ranking.push_back(candidate);
    }
    for (const auto category : s.touchedCategories) {
        s.categoryShare[category] = 0.0F;
    }
    s.touchedCategories.clear();
}

/// Whether the index saved with the model (built by a retriever of @p savedSpec) is the one
/// @p retriever would build, so that loading it is as good as building it.
bool savedIndexFits(const std::optional<std::string>& savedSpec, const Retriever& retriever) {
    if (!savedSpec) {
        return false;
    }
    try {
        return RetrieverFactory::create(*savedSpec)->indexSpec() == retriever.indexSpec();
    } catch (const SpecError&) {
        return false;  // a spec this version no longer reads: build the index again
    }
}

std::int64_t currentSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

std::shared_ptr<const ServingModel> ServingModel::load(const std::filesystem::path& directory,
                                                       std::span<const ItemMetadata> catalog,
                                                       ServingOptions options) {
    return create(ModelBundle::load(directory), catalog, std::move(options));
}

std::shared_ptr<const ServingModel> ServingModel::create(ModelBundle bundle,
                                                         std::span<const ItemMetadata> catalog,
                                                         ServingOptions options) {
    return std::shared_ptr<const ServingModel>(
        new ServingModel(std::move(bundle), catalog, std::move(options)));
}

ServingModel::ServingModel(ModelBundle bundle, std::span<const ItemMetadata> catalog,
                           ServingOptions options)
    : m_bundle(std::move(bundle))
    , m_catalog(m_bundle.items(), catalog)
    , m_availability(m_bundle.items().size())
    , m_ranker(options.ranker ? std::move(options.ranker) : std::make_shared<Ranker>()) {
    for (const auto item : m_catalog.initiallyUnavailable()) {
        m_availability.setAvailable(item, false);
    }
    const auto& model = m_bundle.model();
    if (model.embeddingDimension() > 0) {
        m_retriever = RetrieverFactory::create(
            RetrieverFactory::specFor(model.itemCount(), options.retrieval));
        if (savedIndexFits(m_bundle.savedRetrieverSpec(), *m_retriever)) {
            m_bundle.loadSavedRetriever(*m_retriever);
        } else {
            m_retriever->build(model.itemEmbeddings(), model.itemCount(),
                               model.embeddingDimension());
        }
        m_similarity = std::make_unique<EmbeddingSimilarity>(model);
    } else {
        m_similarity = std::make_unique<CategorySimilarity>(m_catalog);
    }
    m_candidates = std::make_unique<CandidateGenerator>(
        model, m_bundle.popularity(), m_retriever.get(), m_catalog, options.candidates);
    const auto& popularity = m_bundle.popularity().scores();
    const float largest =
        popularity.empty() ? 0.0F : *std::max_element(popularity.begin(), popularity.end());
    m_logLargestPopularity = std::log1p(std::max(0.0F, largest));
}

ServingModel::~ServingModel() = default;

RecommendationResult ServingModel::recommend(const RecommendationRequest& request) const {
    // 1. The user: weighted history, recent items, exclusions.
    auto& s = scratch();
    const auto& items = m_bundle.items();
    const auto& eventWeights = m_bundle.eventWeights();
    const auto& model = m_bundle.model();

    collectHistory(request, items, eventWeights, s);
    std::sort(s.blocked.begin(), s.blocked.end());
    const auto& blocked = s.blocked;
    const auto allowed = [this, &blocked](ItemIndex item) {
        return m_availability.isAvailable(item) &&
               !std::binary_search(blocked.begin(), blocked.end(), item);
    };
    const ItemFilter filter(allowed);
    const std::int64_t now = request.nowSeconds != 0 ? request.nowSeconds : currentSeconds();
    const RankingWeights& weights = m_ranker->current();

    // 2. Candidates and their model scores; the popularity model stands in for users with
    //    no usable history.
    RecommendationResult result;
    result.fallback = s.query.history.empty();
    if (result.fallback) {
        m_candidates->generateFallback(filter, now, s.candidates);
    } else {
        model.prepare(s.query);
        m_candidates->generate(s.query, s.recent, filter, now, s.candidates);
    }
    s.candidateItems.clear();
    for (const auto& candidate : s.candidates) {
        s.candidateItems.push_back(candidate.item);
        for (std::size_t position = 0; position < kCandidateSourceCount; ++position) {
            result.candidatesBySource[position] += (candidate.sources >> position) & 1U;
        }
    }
    s.modelScores.resize(s.candidateItems.size());
    const Recommender& scorer =
        result.fallback ? static_cast<const Recommender&>(m_bundle.popularity()) : model;
    scorer.scoreItems(s.query, s.candidateItems, s.modelScores);

    // 3. The other signals, each on [0, 1].
    describeCandidates(m_catalog, m_bundle.popularity().scores(), m_logLargestPopularity, weights,
                       now, s);

    // 4. Blend, diversify, cut.
    s.ranked.clear();
    Ranker::rank(s.ranking, request.count, weights, m_similarity.get(), s.ranked);
    result.items.reserve(s.ranked.size());
    for (const auto& ranked : s.ranked) {
        Recommendation recommendation;
        recommendation.itemId = items.id(ranked.item);
        recommendation.item = ranked.item;
        recommendation.score = ranked.score;
        if (request.explain) {
            recommendation.sources = ranked.sources;
            recommendation.components = ranked.components;
        }
        result.items.push_back(recommendation);
    }
    return result;
}

std::optional<std::vector<Recommendation>> ServingModel::similarItems(std::string_view itemId,
                                                                      std::size_t count) const {
    const auto item = m_bundle.items().find(itemId);
    if (!item) {
        return std::nullopt;
    }
    auto& s = scratch();
    s.related.clear();
    const auto available = [this](ItemIndex candidate) {
        return m_availability.isAvailable(candidate);
    };
    m_candidates->relatedItems(*item, count, available, s.related);
    std::vector<Recommendation> result;
    result.reserve(s.related.size());
    for (const auto& related : s.related) {
        Recommendation recommendation;
        recommendation.itemId = m_bundle.items().id(related.item);
        recommendation.item = related.item;
        recommendation.score = related.score;
        recommendation.sources = sourceBit(CandidateSource::ItemToItem);
        result.push_back(recommendation);
    }
    return result;
}

bool ServingModel::setAvailable(std::string_view itemId, bool available) const {
    const auto item = m_bundle.items().find(itemId);
    if (!item) {
        return false;
    }
    m_availability.setAvailable(*item, available);
    return true;
}

bool ServingModel::isAvailable(std::string_view itemId) const {
    const auto item = m_bundle.items().find(itemId);
    return item && m_availability.isAvailable(*item);
}

std::size_t ServingModel::memoryBytes() const {
    std::size_t ids = 0;
    for (const auto& id : m_bundle.items().ids()) {
        // The id string, its copy as a hash-map key, and the map's node and bucket.
        ids += 2 * (sizeof(std::string) + (id.size() > 15 ? id.capacity() : 0)) + 32;
    }
    return m_bundle.model().memoryBytes() + m_bundle.popularity().memoryBytes() + ids +
           m_catalog.memoryBytes() + (m_availability.size() + 7) / 8 +
           (m_retriever ? m_retriever->memoryBytes() : 0) +
           m_candidates->neighbourMemo().memoryBytes() +
           m_bundle.items().size() * sizeof(float);  // embedding norms for MMR
}

}  // namespace recops::engine
