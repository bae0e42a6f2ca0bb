// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/schema_migrator.h"

#include "common/timestamp.h"
#include "store/sqlite_connection.h"
#include "store/sqlite_transaction.h"
#include "store/store_error.h"

#include <chrono>
#include <stdexcept>
#include <string>

namespace recops::store {
namespace {

constexpr std::string_view kCreateBookkeeping = R"sql(
CREATE TABLE IF NOT EXISTS schema_migrations (
    version       INTEGER PRIMARY KEY,
    description   TEXT    NOT NULL,
    applied_at_ms INTEGER NOT NULL
) STRICT;
)sql";

}  // namespace

SchemaMigrator::SchemaMigrator(std::span<const SchemaMigration> migrations)
    : m_migrations(migrations) {
    for (std::size_t index = 0; index < m_migrations.size(); ++index) {
        if (m_migrations[index].version != static_cast<int>(index) + 1) {
            throw std::logic_error("schema migrations must be numbered 1..N without gaps");
        }
    }
}

int SchemaMigrator::currentVersion(SqliteConnection& connection) {
    const bool bookkept = connection.queryInteger(
                              "SELECT count(*) FROM sqlite_schema "
                              "WHERE type = 'table' AND name = 'schema_migrations'") > 0;
    if (!bookkept) {
        return 0;
    }
    return static_cast<int>(
        connection.queryInteger("SELECT coalesce(max(version), 0) FROM schema_migrations"));
}

MigrationOutcome SchemaMigrator::migrate(SqliteConnection& connection) const {
    connection.execute(kCreateBookkeeping);
    const int previous = currentVersion(connection);
    if (previous > latestVersion()) {
        throw StoreError("database " + connection.path().string() + " has schema version " +
                         std::to_string(previous) + ", newer than this recopsd knows (" +
                         std::to_string(latestVersion()) + "); run a newer recopsd");
    }
    for (const SchemaMigration& migration : m_migrations) {
        if (migration.version <= previous) {
            continue;
        }
        SqliteTransaction transaction(connection);
        // Another process may have applied this step while we waited for the write lock.
        if (currentVersion(connection) >= migration.version) {
            continue;
        }
        try {
            connection.execute(migration.sql);
        } catch (const StoreError& error) {
            throw StoreError("schema migration " + std::to_string(migration.version) + " (" +
                             std::string(migration.description) + ") failed: " + error.what());
        }
        connection
            .prepare(
                "INSERT INTO schema_migrations (version, description, applied_at_ms) "
                "VALUES (?1, ?2, ?3)")
            .bind(1, std::int64_t{migration.version})
            .bind(2, migration.description)
            .bind(3, common::toUnixMilliseconds(std::chrono::system_clock::now()))
            .run();
        transaction.commit();
    }
    return {previous, std::max(previous, latestVersion())};
}

}  // namespace recops::store
