// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/item_availability.h"

#include <algorithm>
#include <bit>

namespace recops::engine {

ItemAvailability::ItemAvailability(std::size_t itemCount)
    : m_size(itemCount)
    , m_words(std::make_unique<std::atomic<std::uint64_t>[]>((itemCount + 63) / 64)) {
    const std::size_t words = (itemCount + 63) / 64;
    for (std::size_t word = 0; word < words; ++word) {
        // The last word keeps its bits past the end clear, so availableCount() can popcount.
        const std::size_t bits = std::min<std::size_t>(64, itemCount - word * 64);
        m_words[word].store(bits == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1,
                            std::memory_order_relaxed);
    }
}

bool ItemAvailability::setAvailable(ItemIndex item, bool available) {
    if (item >= m_size) {
        return false;
    }
    const std::uint64_t mask = std::uint64_t{1} << (item % 64);
    const std::uint64_t previous =
        available ? m_words[item / 64].fetch_or(mask, std::memory_order_relaxed)
                  : m_words[item / 64].fetch_and(~mask, std::memory_order_relaxed);
    return (previous & mask) != 0;
}

std::size_t ItemAvailability::availableCount() const {
    std::size_t count = 0;
    for (std::size_t word = 0; word < (m_size + 63) / 64; ++word) {
        count +=
            static_cast<std::size_t>(std::popcount(m_words[word].load(std::memory_order_relaxed)));
    }
    return count;
}

}  // namespace recops::engine
