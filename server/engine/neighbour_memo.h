// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/types.h"

#include <atomic>
#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace recops::engine {

/**
 * Each item's nearest neighbours in the model's vector space, searched once and kept for the
 * model's lifetime.
 *
 * Item-to-item candidates cost one vector search per seed item, three per request by
 * default: at 100,000 items they were most of a recommendation's search time, and the same
 * popular items are seeds of request after request. A list is stored unfiltered (only the
 * item itself left out) and filtered by each request, so seen, excluded and unavailable
 * items still never pass. Lists are published lock-free (one atomic pointer per item), and
 * at most maximumLists are kept, so memory is bounded whatever the catalog:
 * about listLength × 8 bytes a list, plus one pointer per item.
 */
class NeighbourMemo {
public:
    /// Keeps lists of `listLength` neighbours for at most `maximumLists` of `itemCount`
    /// items; `maximumLists` 0 keeps none.
    NeighbourMemo(std::size_t itemCount, std::size_t listLength, std::size_t maximumLists);
    ~NeighbourMemo();
    NeighbourMemo(const NeighbourMemo&) = delete;
    NeighbourMemo& operator=(const NeighbourMemo&) = delete;

    /// The stored neighbours of `item`, best first, or nothing when none are stored.
    const std::vector<ScoredItem>* find(ItemIndex item) const;
    /// Stores `neighbours` as the list of `item` unless the budget is spent, and returns
    /// the list now stored (another thread's, if it published first), or nothing.
    const std::vector<ScoredItem>* publish(ItemIndex item,
                                           std::vector<ScoredItem> neighbours) const;

    std::size_t listLength() const { return m_listLength; }
    std::size_t storedLists() const { return m_stored.load(std::memory_order_relaxed); }
    std::size_t memoryBytes() const;

private:
    std::size_t m_itemCount;
    std::size_t m_listLength;
    std::size_t m_maximumLists;
    std::unique_ptr<std::atomic<const std::vector<ScoredItem>*>[]> m_lists;
    mutable std::atomic<std::size_t> m_stored{0};
};

}  // namespace recops::engine
