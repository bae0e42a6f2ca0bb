// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/component_spec.h"
#include "engine/recommender.h"

#include <vector>

namespace recops::engine {

/// EASE, "Embarrassingly Shallow Autoencoders for Sparse Data" (Steck, WWW 2019): an
/// item-item weight matrix B with a zero diagonal that minimises
/// |X - X B|^2 + lambda |B|^2, in closed form (paper, eq. 8):
///
///     P = (X^T X + lambda I)^-1,    B_ij = -P_ij / P_jj  (i != j),   B_ii = 0.
///
/// A user's scores are x_u^T B, so a new user with history is scored like any other.
/// B is a dense items x items matrix: memory grows with the square of the catalog, so fit()
/// refuses catalogs whose matrix would exceed max_memory_mb (the default allows about
/// 32,000 items); past that, use ALS.
///
/// Parameters: lambda (250), max_memory_mb (4096).
class EaseRecommender final : public Recommender {
public:
    explicit EaseRecommender(ComponentSpec& spec);

    /// Bytes of the dense matrix EASE needs for `items` items.
    static double requiredBytes(std::size_t items);

    std::string_view algorithm() const override { return "ease"; }
    std::string spec() const override;
    void fit(const InteractionDataset& data, const TrainingMonitor& monitor) override;
    bool fitted() const override { return m_fitted; }
    std::size_t itemCount() const override { return m_items; }
    void scoreAll(const UserQuery& query, std::span<float> scores) const override;
    void scoreItems(const UserQuery& query, std::span<const ItemIndex> items,
                    std::span<float> scores) const override;
    void save(ArtifactWriter& writer) const override;
    void load(const ArtifactReader& reader) override;
    std::size_t memoryBytes() const override { return m_weights.size() * sizeof(float); }

    /// B, row-major items x items.
    const std::vector<float>& weights() const { return m_weights; }

private:
    void checkCapacity(std::size_t items) const;

    double m_lambda;
    double m_dropout;
    double m_maxMemoryMb;
    bool m_fitted = false;
    std::size_t m_items = 0;
    std::vector<float> m_weights;
};

}  // namespace recops::engine
