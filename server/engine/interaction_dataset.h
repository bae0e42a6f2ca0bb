// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/csr_matrix.h"
#include "engine/dataset_stats.h"
#include "engine/id_index.h"
#include "engine/types.h"

#include <cstdint>
#include <span>
#include <vector>

namespace recops::engine {

/// Aggregated implicit feedback: a users x items matrix of confidence weights (CSR), the
/// index maps between external ids and matrix indices, and for each non-zero cell the
/// time of its latest event (popularity decay and "recent history" need it).
///
/// Immutable once built (see InteractionDatasetBuilder); the train/test split makes new
/// datasets that share the same index maps.
class InteractionDataset {
public:
    InteractionDataset() = default;
    /// Throws EngineError when the parts disagree in shape.
    InteractionDataset(IdIndex users, IdIndex items, CsrMatrix matrix,
                       std::vector<std::int64_t> lastTimestampsSeconds);

    const IdIndex& users() const { return m_users; }
    const IdIndex& items() const { return m_items; }
    const CsrMatrix& matrix() const { return m_matrix; }
    /// Aligned with matrix().values(): the latest event time of each cell.
    const std::vector<std::int64_t>& lastTimestampsSeconds() const { return m_lastTimestamps; }

    std::size_t userCount() const { return m_matrix.rows(); }
    std::size_t itemCount() const { return m_matrix.columns(); }
    std::size_t interactionCount() const { return m_matrix.nonZeros(); }
    /// The latest event time in the data (0 when empty): "now" for popularity decay.
    std::int64_t latestTimestampSeconds() const;

    /// A user's row as the models take a history.
    std::vector<WeightedItem> history(UserIndex user) const;
    DatasetStats stats() const;

    /// The same users and items with another matrix (used by the train/test split).
    InteractionDataset withMatrix(CsrMatrix matrix,
                                  std::vector<std::int64_t> lastTimestampsSeconds) const;

private:
    IdIndex m_users;
    IdIndex m_items;
    CsrMatrix m_matrix;
    std::vector<std::int64_t> m_lastTimestamps;
};

}  // namespace recops::engine
