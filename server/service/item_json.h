// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/problem.h"
#include "store/item_record.h"

#include <cstdint>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

namespace recops::service {

/// An item as the API shows it: id, title, categories, created_at, available, updated_at.
nlohmann::json itemToJson(const store::ItemRecord& item);

/// An item as a request body gives it.
struct ItemInput {
    store::ItemRecord item;
    /// Whether the body set created_at; when not, an existing item keeps its own and a new
    /// one is created now.
    bool hasCreatedAt = false;
};

/**
 * An item from a request body, checked field by field. @p pathId is the id in the URL of a
 * PUT (the body may repeat it, not contradict it); empty for bulk upserts, where each item
 * names its id. available defaults to true; updated_at, as GET shows it, is accepted and
 * ignored, so that what GET returns can be sent back.
 */
std::variant<ItemInput, http::Problem> itemFromJson(const nlohmann::json& json,
                                                    std::string_view pathId);

}  // namespace recops::service
