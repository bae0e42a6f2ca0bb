// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/component_spec.h"
#include "engine/csr_matrix.h"
#include "engine/recommender.h"

#include <vector>

namespace recops::engine {

/// Item-to-item neighbours (Sarwar et al., WWW 2001; Deshpande & Karypis, TOIS 2004):
/// the similarity of two items is the cosine of their user columns, shrunk towards zero
/// when few users support it,
///
///     sim(i, j) = x_i . x_j / (|x_i| |x_j| + shrink),
///
/// and each item keeps its `neighbours` most similar items. A user's score for item j is
/// sum over their history items h of w_h sim(h, j).
///
/// Parameters: neighbours (100), shrink (10).
class ItemKnnRecommender final : public Recommender {
public:
    explicit ItemKnnRecommender(ComponentSpec& spec);

    std::string_view algorithm() const override { return "itemknn"; }
    std::string spec() const override;
    void fit(const InteractionDataset& data, const TrainingMonitor& monitor) override;
    bool fitted() const override { return m_fitted; }
    std::size_t itemCount() const override { return m_similarities.rows(); }
    void scoreAll(const UserQuery& query, std::span<float> scores) const override;
    void scoreItems(const UserQuery& query, std::span<const ItemIndex> items,
                    std::span<float> scores) const override;
    std::vector<ScoredItem> similarItems(ItemIndex item, std::size_t k) const override;
    void save(ArtifactWriter& writer) const override;
    void load(const ArtifactReader& reader) override;
    std::size_t memoryBytes() const override;

    /// Row i: the neighbours of item i (sorted by index) and their similarities.
    const CsrMatrix& similarities() const { return m_similarities; }

private:
    int m_neighbours;
    double m_shrink;
    bool m_fitted = false;
    CsrMatrix m_similarities;
};

}  // namespace recops::engine
