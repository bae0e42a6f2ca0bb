// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/id_index.h"
#include "engine/item_metadata.h"
#include "engine/types.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace recops::engine {

/// Item metadata laid out by model item index for the serving hot path: categories as
/// small integers in one flat array, creation times, and the items ordered newest first.
/// Immutable; availability lives in ItemAvailability so it can change while this is read.
class ItemCatalog {
public:
    using CategoryId = std::uint32_t;

    ItemCatalog() = default;
    /// `metadata` may be in any order and cover any subset of `items`: items without an
    /// entry have no categories and no creation time; entries for ids the model does not
    /// know are ignored (counted in unknownItems()).
    ItemCatalog(const IdIndex& items, std::span<const ItemMetadata> metadata);

    std::size_t size() const { return m_createdAt.size(); }
    std::span<const CategoryId> categories(ItemIndex item) const {
        return {m_categoryIds.data() + m_categoryOffsets[item],
                m_categoryIds.data() + m_categoryOffsets[item + 1]};
    }
    std::size_t categoryCount() const { return m_categoryNames.size(); }
    const std::string& categoryName(CategoryId category) const {
        return m_categoryNames.at(category);
    }
    std::int64_t createdAtSeconds(ItemIndex item) const { return m_createdAt[item]; }
    /// Items with a known creation time, newest first.
    const std::vector<ItemIndex>& newestFirst() const { return m_newestFirst; }
    /// The items whose metadata said available = false.
    const std::vector<ItemIndex>& initiallyUnavailable() const { return m_unavailable; }
    std::size_t unknownItems() const { return m_unknownItems; }
    std::size_t memoryBytes() const;

private:
    std::vector<std::uint64_t> m_categoryOffsets{0};
    std::vector<CategoryId> m_categoryIds;
    std::vector<std::string> m_categoryNames;
    std::vector<std::int64_t> m_createdAt;
    std::vector<ItemIndex> m_newestFirst;
    std::vector<ItemIndex> m_unavailable;
    std::size_t m_unknownItems = 0;
};

}  // namespace recops::engine
