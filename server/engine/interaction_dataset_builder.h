// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/event_weights.h"
#include "engine/id_index.h"
#include "engine/interaction_dataset.h"
#include "engine/interaction_event.h"
#include "engine/types.h"

#include <cstdint>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// What happened to the events given to an InteractionDatasetBuilder.
struct DatasetBuildReport {
    std::size_t acceptedEvents = 0;
    std::size_t unknownTypeEvents = 0;  ///< type has no configured weight
    std::size_t ignoredEvents = 0;      ///< weight 0, for example a rating under rating_min
    std::size_t invalidEvents = 0;      ///< empty user or item id

    nlohmann::json toJson() const;
};

/// Accumulates events one at a time (so a large event log can be streamed from the store)
/// and builds the aggregated InteractionDataset. Events on the same (user, item) cell sum
/// their weights in arrival order, then the EventWeights cap applies.
class InteractionDatasetBuilder {
public:
    explicit InteractionDatasetBuilder(EventWeights weights = {});

    /// Returns false, and counts why, when the event contributes nothing.
    bool add(const InteractionEvent& event);
    bool add(std::string_view userId, std::string_view itemId, std::string_view type, double value,
             std::int64_t timestampSeconds);
    /// Makes an item part of the catalog even if it has no events yet (a new item), so it
    /// gets an index the serving side can recommend from other sources.
    ItemIndex addItem(std::string_view itemId);

    const DatasetBuildReport& report() const { return m_report; }
    const EventWeights& weights() const { return m_weights; }

    /// Builds the dataset; the builder is left empty (report() stays readable).
    InteractionDataset build();

private:
    struct Cell {
        UserIndex user;
        ItemIndex item;
        float weight;
        std::int64_t timestampSeconds;
    };

    EventWeights m_weights;
    IdIndex m_users;
    IdIndex m_items;
    std::vector<Cell> m_cells;
    DatasetBuildReport m_report;
};

}  // namespace recops::engine
