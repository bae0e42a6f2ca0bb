// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/schema_migration.h"

#include <span>

namespace recops::store {

class SqliteConnection;

/// Schema versions before and after migrate().
struct MigrationOutcome {
    int previousVersion = 0;
    int currentVersion = 0;
};

/**
 * Brings a SQLite database to the newest schema this binary knows.
 *
 * Each migration runs in its own IMMEDIATE transaction together with its row in
 * schema_migrations, so a crash leaves the database at a whole version, and two processes
 * starting at once apply each step exactly once. A database whose version is newer than the
 * binary's is refused: an old binary must not write into a schema it does not understand.
 */
class SchemaMigrator {
public:
    /// @p migrations must be numbered 1..N without gaps (std::logic_error otherwise).
    explicit SchemaMigrator(std::span<const SchemaMigration> migrations);

    /// Throws StoreError when the database is newer than latestVersion() or a step fails.
    MigrationOutcome migrate(SqliteConnection& connection) const;

    int latestVersion() const { return static_cast<int>(m_migrations.size()); }

    /// The version recorded in @p connection's database (0 for a new database). Only reads.
    static int currentVersion(SqliteConnection& connection);

private:
    std::span<const SchemaMigration> m_migrations;
};

}  // namespace recops::store
