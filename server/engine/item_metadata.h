// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace recops::engine {

/// What serving knows about an item besides the model: categories and tags (one
/// vocabulary: each string is a label the user's category affinity is measured on), when it
/// was created (for freshness and the "fresh" candidate source), and whether it may be
/// recommended at all.
struct ItemMetadata {
    std::string itemId;
    std::vector<std::string> categories;
    /// Unix seconds; 0 when unknown (the item then never counts as fresh).
    std::int64_t createdAtSeconds = 0;
    bool available = true;
};

}  // namespace recops::engine
