// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/types.h"

#include <atomic>
#include <cstdint>
#include <memory>

namespace recops::engine {

/// One availability bit per item, readable and writable from any thread without a lock:
/// the catalog can take an item off sale (or put it back) while requests are being served,
/// without reloading the model. A reader sees each flip at most a moment late, which is
/// all a recommendation needs; there is no ordering between different items' bits.
class ItemAvailability {
public:
    /// `itemCount` items, all available.
    explicit ItemAvailability(std::size_t itemCount);

    std::size_t size() const { return m_size; }
    bool isAvailable(ItemIndex item) const {
        return item < m_size &&
               ((m_words[item / 64].load(std::memory_order_relaxed) >> (item % 64)) & 1U) != 0;
    }
    /// Returns the previous state. Out-of-range items are ignored (returns false).
    bool setAvailable(ItemIndex item, bool available);
    std::size_t availableCount() const;

private:
    std::size_t m_size;
    std::unique_ptr<std::atomic<std::uint64_t>[]> m_words;
};

}  // namespace recops::engine
