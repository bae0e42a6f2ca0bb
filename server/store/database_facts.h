// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace recops::store {

/// What a database file holds, as a backup's manifest records it and a restore checks it.
struct DatabaseFacts {
    int schemaVersion = 0;
    /// Rows in every table of the schema (SQLite's own sqlite_* tables left out).
    std::map<std::string, std::int64_t> tableRows;
};

}  // namespace recops::store
