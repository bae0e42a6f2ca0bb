// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/item_record.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>

namespace recops::store {

/**
 * The item catalog. Implementations are safe to call from any number of threads; writes are
 * durable when they return.
 */
class CatalogStore {
public:
    virtual ~CatalogStore() = default;

    /// Creates or replaces every item of @p items (by id), all or nothing.
    virtual UpsertOutcome upsert(std::span<const ItemRecord> items) = 0;

    virtual std::optional<ItemRecord> find(std::string_view id) = 0;

    /// Deletes the item; false when there was none.
    virtual bool remove(std::string_view id) = 0;

    /// Up to @p limit items with ids after @p afterId (empty: from the start), in id order.
    virtual ItemPage list(std::string_view afterId, std::size_t limit) = 0;

    /// Calls @p onItem for every item, in id order, from one consistent snapshot; returns how
    /// many there were.
    virtual std::uint64_t forEach(const std::function<void(const ItemRecord&)>& onItem) = 0;

    virtual std::uint64_t count() = 0;
};

}  // namespace recops::store
