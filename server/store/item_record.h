// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace recops::store {

/// One catalog item.
struct ItemRecord {
    std::string id;
    std::string title;
    /// Categories and tags, one vocabulary (the ranking measures affinity on each string).
    std::vector<std::string> categories;
    /// When the item appeared, Unix milliseconds (freshness is measured from it).
    std::int64_t createdAtMs = 0;
    /// Whether it may be recommended.
    bool available = true;
    /// When the catalog last changed this item, Unix milliseconds; set by the store.
    std::int64_t updatedAtMs = 0;
};

/// What an upsert did.
struct UpsertOutcome {
    std::size_t created = 0;
    std::size_t updated = 0;
};

/// One page of the catalog in id order.
struct ItemPage {
    std::vector<ItemRecord> items;
    /// The id to continue after; empty on the last page.
    std::optional<std::string> nextCursor;
};

}  // namespace recops::store
