// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::store {

/// One step of a database schema. Versions start at 1 and have no gaps; a released migration
/// is never edited, only followed by a new one.
struct SchemaMigration {
    int version = 0;
    std::string_view description;
    std::string_view sql;
};

}  // namespace recops::store
