// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/database_snapshots.h"
#include "store/shared_sqlite_connection.h"

#include <filesystem>

namespace recops::store {

/**
 * Snapshots of the SQLite database: VACUUM INTO on a connection of its own (a read
 * transaction, so WAL writers carry on), PRAGMA integrity_check and foreign_key_check to
 * inspect, and SQLite's online backup API to replace the live contents.
 *
 * Replacing through the backup API rather than renaming a file over the database is what
 * keeps open connections valid: SQLite forbids renaming or unlinking an open database (its
 * -wal and -shm files are found by name, and other connections would keep the old inode),
 * while the backup API writes the new pages through the live connection, in one WAL
 * transaction, which every other connection then simply reads.
 */
class SqliteDatabaseSnapshots final : public DatabaseSnapshots {
public:
    SqliteDatabaseSnapshots(SharedSqliteConnection& live, std::filesystem::path liveFile,
                            int busyTimeoutMs)
        : m_live(live), m_liveFile(std::move(liveFile)), m_busyTimeoutMs(busyTimeoutMs) {}

    DatabaseFacts describeLive() override;
    DatabaseFacts snapshotTo(const std::filesystem::path& file) override;
    DatabaseFacts inspect(const std::filesystem::path& file) override;
    void prepareReplacement(const std::filesystem::path& file) override;
    void replaceWith(const std::filesystem::path& file,
                     const std::function<void()>& afterCommit) override;

private:
    SharedSqliteConnection& m_live;
    std::filesystem::path m_liveFile;
    int m_busyTimeoutMs;
};

}  // namespace recops::store
