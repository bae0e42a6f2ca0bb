// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/component_spec.h"
#include "engine/recommender.h"

#include <cstdint>
#include <vector>

namespace recops::engine {

/// Most popular items, with optional exponential time decay: an item's score is the sum
/// over its (user, item) cells of weight x 2^(-age / half_life), where age is measured
/// from the latest event in the training data. Recent interest therefore counts more than
/// old interest, and with half_life_days=0 (no decay) this is plain weighted popularity.
///
/// Ignores the user's history: it is the baseline and the cold-start fallback.
/// Parameters: half_life_days (default 30, 0 disables decay).
class PopularityRecommender final : public Recommender {
public:
    /// Reads its parameters from `spec` and calls spec.finish().
    explicit PopularityRecommender(ComponentSpec& spec);
    explicit PopularityRecommender(double halfLifeDays = 30.0);

    std::string_view algorithm() const override { return "popularity"; }
    std::string spec() const override;
    void fit(const InteractionDataset& data, const TrainingMonitor& monitor) override;
    bool fitted() const override { return m_fitted; }
    std::size_t itemCount() const override { return m_scores.size(); }
    void scoreAll(const UserQuery& query, std::span<float> scores) const override;
    void scoreItems(const UserQuery& query, std::span<const ItemIndex> items,
                    std::span<float> scores) const override;
    std::vector<ScoredItem> similarItems(ItemIndex item, std::size_t k) const override;
    void save(ArtifactWriter& writer) const override;
    void load(const ArtifactReader& reader) override;
    std::size_t memoryBytes() const override;

    /// The fitted scores, one per item.
    const std::vector<float>& scores() const { return m_scores; }
    /// Items by decreasing score (the fallback list), computed once at fit/load.
    const std::vector<ItemIndex>& ranking() const { return m_ranking; }

private:
    void rank();

    double m_halfLifeDays;
    bool m_fitted = false;
    std::vector<float> m_scores;
    std::vector<ItemIndex> m_ranking;
};

}  // namespace recops::engine
