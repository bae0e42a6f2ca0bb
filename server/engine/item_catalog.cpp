// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/item_catalog.h"

#include <algorithm>
#include <unordered_map>

namespace recops::engine {

ItemCatalog::ItemCatalog(const IdIndex& items, std::span<const ItemMetadata> metadata)
    : m_createdAt(items.size(), 0) {
    std::vector<const ItemMetadata*> byIndex(items.size(), nullptr);
    for (const auto& entry : metadata) {
        if (const auto index = items.find(entry.itemId)) {
            byIndex[*index] = &entry;
        } else {
            ++m_unknownItems;
        }
    }
    std::unordered_map<std::string, CategoryId> categoryIdOf;
    m_categoryOffsets.reserve(items.size() + 1);
    for (std::size_t item = 0; item < items.size(); ++item) {
        if (const auto* entry = byIndex[item]) {
            const auto begin = m_categoryIds.size();
            for (const auto& name : entry->categories) {
                const auto [found, inserted] =
                    categoryIdOf.try_emplace(name, static_cast<CategoryId>(m_categoryNames.size()));
                if (inserted) {
                    m_categoryNames.push_back(name);
                }
                m_categoryIds.push_back(found->second);
            }
            // Sorted and unique, so affinity and similarity loops may assume a set.
            std::sort(m_categoryIds.begin() + static_cast<std::ptrdiff_t>(begin),
                      m_categoryIds.end());
            m_categoryIds.erase(
                std::unique(m_categoryIds.begin() + static_cast<std::ptrdiff_t>(begin),
                            m_categoryIds.end()),
                m_categoryIds.end());
            m_createdAt[item] = entry->createdAtSeconds;
            if (!entry->available) {
                m_unavailable.push_back(static_cast<ItemIndex>(item));
            }
        }
        m_categoryOffsets.push_back(m_categoryIds.size());
    }
    for (std::size_t item = 0; item < items.size(); ++item) {
        if (m_createdAt[item] > 0) {
            m_newestFirst.push_back(static_cast<ItemIndex>(item));
        }
    }
    std::stable_sort(
        m_newestFirst.begin(), m_newestFirst.end(),
        [this](ItemIndex left, ItemIndex right) { return m_createdAt[left] > m_createdAt[right]; });
}

std::size_t ItemCatalog::memoryBytes() const {
    std::size_t names = 0;
    for (const auto& name : m_categoryNames) {
        names += sizeof(std::string) + name.capacity();
    }
    return m_categoryOffsets.size() * sizeof(std::uint64_t) +
           m_categoryIds.size() * sizeof(CategoryId) + names +
           m_createdAt.size() * sizeof(std::int64_t) +
           (m_newestFirst.size() + m_unavailable.size()) * sizeof(ItemIndex);
}

}  // namespace recops::engine
