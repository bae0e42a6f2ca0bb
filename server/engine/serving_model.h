// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/candidate_generator.h"
#include "engine/item_availability.h"
#include "engine/item_catalog.h"
#include "engine/item_metadata.h"
#include "engine/model_bundle.h"
#include "engine/ranker.h"
#include "engine/retriever.h"
#include "engine/retriever_factory.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace recops::engine {

/// One event of the requesting user, as the event store returns it.
struct HistoryEvent {
    std::string_view itemId;
    std::string_view type;
    double value = 0.0;
    std::int64_t timestampSeconds = 0;
};

struct RecommendationRequest {
    /// The user's events, any order. Items or event types the model does not know are
    /// ignored; an empty (or entirely unknown) history gets the popularity fallback.
    std::span<const HistoryEvent> history;
    std::size_t count = 10;
    /// Item ids never to return.
    std::span<const std::string> exclude;
    /// Leave out items the user already has events on.
    bool excludeSeen = true;
    /// Fill sources and score components of each item.
    bool explain = false;
    /// "Now" for freshness, Unix seconds; 0 means the system clock.
    std::int64_t nowSeconds = 0;
};

struct Recommendation {
    /// Points into the serving model: valid while the caller holds the model.
    std::string_view itemId;
    ItemIndex item = 0;
    float score = 0.0F;
    CandidateSources sources = 0;  ///< explain mode only
    ScoreComponents components;    ///< explain mode only
};

struct RecommendationResult {
    std::vector<Recommendation> items;
    /// True when the user had no usable history and got the popularity model instead.
    bool fallback = false;
    /// How many candidates each source proposed (a candidate of several sources counts for
    /// each), indexed by the bit position of its CandidateSource.
    std::array<std::uint32_t, kCandidateSourceCount> candidatesBySource{};
};

/// How a ServingModel retrieves and ranks.
struct ServingOptions {
    RetrievalSettings retrieval;
    CandidateSettings candidates;
    /// Shared by every model version the server loads, so run-time weight changes outlive
    /// model swaps. A default Ranker is made when null.
    std::shared_ptr<Ranker> ranker;
};

/// Everything needed to answer recommendation requests for one model version: the loaded
/// models, the vector index over the item embeddings, item metadata and availability.
///
/// Immutable after construction except for item availability (an atomic bit set), and
/// therefore safe to share between request threads and to swap atomically through a
/// shared_ptr: requests in flight finish on the version they started with. The hot path
/// takes no lock; it reuses per-thread scratch buffers, so after a thread's first requests
/// it allocates only the result it returns (and, once per item, the item's memoised
/// neighbour list: see NeighbourMemo).
class ServingModel {
public:
    /// Loads a saved version (see ModelBundle) and builds its retriever, or loads the
    /// index saved with it when that matches the configured spec.
    static std::shared_ptr<const ServingModel> load(const std::filesystem::path& directory,
                                                    std::span<const ItemMetadata> catalog,
                                                    ServingOptions options = {});
    /// Serves an in-memory bundle (right after training, or in tests).
    static std::shared_ptr<const ServingModel> create(ModelBundle bundle,
                                                      std::span<const ItemMetadata> catalog,
                                                      ServingOptions options = {});

    ServingModel(const ServingModel&) = delete;
    ServingModel& operator=(const ServingModel&) = delete;
    ~ServingModel();

    RecommendationResult recommend(const RecommendationRequest& request) const;
    /// Items related to `itemId`, best first, available items only; nullopt when the model
    /// does not know the item.
    std::optional<std::vector<Recommendation>> similarItems(std::string_view itemId,
                                                            std::size_t count) const;

    /// Marks an item (un)available for every later request, without reloading. Returns
    /// false when the model does not know the item.
    bool setAvailable(std::string_view itemId, bool available) const;
    bool isAvailable(std::string_view itemId) const;

    const ModelBundle& bundle() const { return m_bundle; }
    const ItemCatalog& catalog() const { return m_catalog; }
    const Retriever* retriever() const { return m_retriever.get(); }
    const CandidateGenerator& candidates() const { return *m_candidates; }
    const Ranker& ranker() const { return *m_ranker; }
    std::size_t itemCount() const { return m_bundle.items().size(); }
    /// Approximate resident bytes of the model, index and metadata.
    std::size_t memoryBytes() const;

private:
    ServingModel(ModelBundle bundle, std::span<const ItemMetadata> catalog, ServingOptions options);

    ModelBundle m_bundle;
    ItemCatalog m_catalog;
    mutable ItemAvailability m_availability;
    std::unique_ptr<Retriever> m_retriever;
    std::shared_ptr<Ranker> m_ranker;
    std::unique_ptr<CandidateGenerator> m_candidates;
    std::unique_ptr<ItemSimilarity> m_similarity;
    float m_logLargestPopularity = 0.0F;
};

}  // namespace recops::engine
