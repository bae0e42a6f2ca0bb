// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/neighbour_memo.h"

namespace recops::engine {

NeighbourMemo::NeighbourMemo(std::size_t itemCount, std::size_t listLength,
                             std::size_t maximumLists)
    : m_itemCount(maximumLists == 0 ? 0 : itemCount)
    , m_listLength(listLength)
    , m_maximumLists(maximumLists)
    , m_lists(std::make_unique<std::atomic<const std::vector<ScoredItem>*>[]>(m_itemCount)) {}

NeighbourMemo::~NeighbourMemo() {
    for (std::size_t item = 0; item < m_itemCount; ++item) {
        delete m_lists[item].load(std::memory_order_relaxed);
    }
}

const std::vector<ScoredItem>* NeighbourMemo::find(ItemIndex item) const {
    if (item >= m_itemCount) {
        return nullptr;
    }
    return m_lists[item].load(std::memory_order_acquire);
}

const std::vector<ScoredItem>* NeighbourMemo::publish(ItemIndex item,
                                                      std::vector<ScoredItem> neighbours) const {
    if (item >= m_itemCount) {
        return nullptr;
    }
    if (const auto* stored = m_lists[item].load(std::memory_order_acquire)) {
        return stored;
    }
    // Claim a place in the budget first, so that racing publishers never exceed it.
    if (m_stored.fetch_add(1, std::memory_order_relaxed) >= m_maximumLists) {
        m_stored.fetch_sub(1, std::memory_order_relaxed);
        return nullptr;
    }
    auto list = std::make_unique<const std::vector<ScoredItem>>(std::move(neighbours));
    const std::vector<ScoredItem>* expected = nullptr;
    if (m_lists[item].compare_exchange_strong(expected, list.get(), std::memory_order_acq_rel,
                                              std::memory_order_acquire)) {
        return list.release();
    }
    m_stored.fetch_sub(1, std::memory_order_relaxed);
    return expected;  // another thread published this item's list first
}

std::size_t NeighbourMemo::memoryBytes() const {
    return m_itemCount * sizeof(m_lists[0]) +
           storedLists() * (sizeof(std::vector<ScoredItem>) + m_listLength * sizeof(ScoredItem));
}

}  // namespace recops::engine
