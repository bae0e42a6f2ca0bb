// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/interaction_dataset_builder.h"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

namespace recops::engine {

nlohmann::json DatasetBuildReport::toJson() const {
    return {{"accepted_events", acceptedEvents},
            {"unknown_type_events", unknownTypeEvents},
            {"ignored_events", ignoredEvents},
            {"invalid_events", invalidEvents}};
}

InteractionDatasetBuilder::InteractionDatasetBuilder(EventWeights weights)
    : m_weights(std::move(weights)) {}

bool InteractionDatasetBuilder::add(const InteractionEvent& event) {
    return add(event.userId, event.itemId, event.type, event.value, event.timestampSeconds);
}

bool InteractionDatasetBuilder::add(std::string_view userId, std::string_view itemId,
                                    std::string_view type, double value,
                                    std::int64_t timestampSeconds) {
    if (userId.empty() || itemId.empty()) {
        ++m_report.invalidEvents;
        return false;
    }
    const auto weight = m_weights.weightOf(type, value);
    if (!weight) {
        ++m_report.unknownTypeEvents;
        return false;
    }
    if (*weight <= 0.0F) {
        ++m_report.ignoredEvents;
        return false;
    }
    m_cells.push_back({m_users.insert(userId), m_items.insert(itemId), *weight, timestampSeconds});
    ++m_report.acceptedEvents;
    return true;
}

ItemIndex InteractionDatasetBuilder::addItem(std::string_view itemId) {
    return m_items.insert(itemId);
}

InteractionDataset InteractionDatasetBuilder::build() {
    // A stable sort keeps each cell's events in arrival order, so the float sums below are
    // reproducible for a given event order.
    std::stable_sort(m_cells.begin(), m_cells.end(), [](const Cell& left, const Cell& right) {
        return left.user != right.user ? left.user < right.user : left.item < right.item;
    });
    std::vector<std::uint64_t> rowOffsets(m_users.size() + 1, 0);
    std::vector<std::uint32_t> columns;
    std::vector<float> values;
    std::vector<std::int64_t> timestamps;
    for (std::size_t position = 0; position < m_cells.size(); ++position) {
        const auto& cell = m_cells[position];
        const bool continuesCell = position > 0 && m_cells[position - 1].user == cell.user &&
                                   m_cells[position - 1].item == cell.item;
        if (continuesCell) {
            values.back() += cell.weight;
            timestamps.back() = std::max(timestamps.back(), cell.timestampSeconds);
            continue;
        }
        columns.push_back(cell.item);
        values.push_back(cell.weight);
        timestamps.push_back(cell.timestampSeconds);
        ++rowOffsets[cell.user + 1];
    }
    for (std::size_t user = 0; user < m_users.size(); ++user) {
        rowOffsets[user + 1] += rowOffsets[user];
    }
    for (auto& value : values) {
        value = m_weights.capCellWeight(value);
    }
    m_cells = {};
    CsrMatrix matrix(m_users.size(), m_items.size(), std::move(rowOffsets), std::move(columns),
                     std::move(values));
    InteractionDataset dataset(std::exchange(m_users, {}), std::exchange(m_items, {}),
                               std::move(matrix), std::move(timestamps));
    return dataset;
}

}  // namespace recops::engine
