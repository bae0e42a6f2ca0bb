// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/interaction_dataset.h"

#include "engine/engine_error.h"

#include <algorithm>
#include <string>

namespace recops::engine {

InteractionDataset::InteractionDataset(IdIndex users, IdIndex items, CsrMatrix matrix,
                                       std::vector<std::int64_t> lastTimestampsSeconds)
    : m_users(std::move(users))
    , m_items(std::move(items))
    , m_matrix(std::move(matrix))
    , m_lastTimestamps(std::move(lastTimestampsSeconds)) {
    if (m_matrix.rows() != m_users.size() || m_matrix.columns() != m_items.size() ||
        m_lastTimestamps.size() != m_matrix.nonZeros()) {
        throw EngineError("interaction dataset parts disagree: " + std::to_string(m_users.size()) +
                          " users, " + std::to_string(m_items.size()) + " items, a " +
                          std::to_string(m_matrix.rows()) + "x" +
                          std::to_string(m_matrix.columns()) + " matrix, " +
                          std::to_string(m_lastTimestamps.size()) + " timestamps for " +
                          std::to_string(m_matrix.nonZeros()) + " cells");
    }
}

std::int64_t InteractionDataset::latestTimestampSeconds() const {
    return m_lastTimestamps.empty()
               ? 0
               : *std::max_element(m_lastTimestamps.begin(), m_lastTimestamps.end());
}

std::vector<WeightedItem> InteractionDataset::history(UserIndex user) const {
    const auto items = m_matrix.rowColumns(user);
    const auto weights = m_matrix.rowValues(user);
    std::vector<WeightedItem> result(items.size());
    for (std::size_t position = 0; position < items.size(); ++position) {
        result[position] = {items[position], weights[position]};
    }
    return result;
}

DatasetStats InteractionDataset::stats() const {
    DatasetStats stats;
    stats.users = userCount();
    stats.items = itemCount();
    stats.interactions = interactionCount();
    if (stats.users > 0 && stats.items > 0) {
        stats.density = static_cast<double>(stats.interactions) /
                        (static_cast<double>(stats.users) * static_cast<double>(stats.items));
        stats.meanInteractionsPerUser =
            static_cast<double>(stats.interactions) / static_cast<double>(stats.users);
    }
    std::vector<std::size_t> perUser(stats.users);
    for (std::size_t user = 0; user < stats.users; ++user) {
        perUser[user] = m_matrix.rowSize(user);
    }
    if (!perUser.empty()) {
        const auto middle = perUser.begin() + static_cast<std::ptrdiff_t>(perUser.size() / 2);
        std::nth_element(perUser.begin(), middle, perUser.end());
        stats.medianInteractionsPerUser = *middle;
    }
    std::vector<bool> active(stats.items, false);
    for (const auto item : m_matrix.columnIndices()) {
        active[item] = true;
    }
    stats.activeItems = static_cast<std::size_t>(std::count(active.begin(), active.end(), true));
    if (!m_lastTimestamps.empty()) {
        const auto [first, last] =
            std::minmax_element(m_lastTimestamps.begin(), m_lastTimestamps.end());
        stats.firstTimestampSeconds = *first;
        stats.lastTimestampSeconds = *last;
    }
    return stats;
}

InteractionDataset InteractionDataset::withMatrix(
    CsrMatrix matrix, std::vector<std::int64_t> lastTimestampsSeconds) const {
    return InteractionDataset(m_users, m_items, std::move(matrix),
                              std::move(lastTimestampsSeconds));
}

}  // namespace recops::engine
