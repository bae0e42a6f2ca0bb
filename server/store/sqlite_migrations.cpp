// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_migrations.h"

#include <array>

namespace recops::store {
namespace {

// STRICT tables make SQLite check column types like other engines do, so data written here
// moves to PostgreSQL unchanged. Times are Unix milliseconds.
constexpr std::array kMigrations{
    SchemaMigration{
        1,
        "API tokens, stored as SHA-256 digests",
        R"sql(
CREATE TABLE tokens (
    id            TEXT    PRIMARY KEY CHECK (length(id) = 16),
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('viewer', 'client', 'operator', 'admin')),
    digest        BLOB    NOT NULL CHECK (length(digest) = 32),
    created_at_ms INTEGER NOT NULL,
    revoked_at_ms INTEGER
) STRICT;
)sql",
    },
};

}  // namespace

std::span<const SchemaMigration> sqliteMigrations() {
    return kMigrations;
}

}  // namespace recops::store
