// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/sqlite_statement.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace recops::store {

/// Whether opening may create the database file.
enum class OpenMode { ReadWriteCreate, ReadWrite };

/**
 * One connection to a SQLite database (RAII over sqlite3*). Not thread-safe: opened with
 * SQLITE_OPEN_NOMUTEX, because the owner decides how threads share it.
 */
class SqliteConnection {
public:
    SqliteConnection(const std::filesystem::path& path, OpenMode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// Runs one or more statements that return no rows.
    void execute(std::string_view sql);

    SqliteStatement prepare(std::string_view sql) { return SqliteStatement(m_database, sql); }
    /// A statement kept beyond one call, for example in a cache of prepared statements.
    std::unique_ptr<SqliteStatement> prepareOwned(std::string_view sql) {
        return std::make_unique<SqliteStatement>(m_database, sql);
    }

    /// The single integer a query such as "PRAGMA data_version" returns.
    std::int64_t queryInteger(std::string_view sql);
    /// The single text a query such as "PRAGMA journal_mode=WAL" returns.
    std::string queryText(std::string_view sql);

    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    void setBusyTimeout(int milliseconds);

    const std::filesystem::path& path() const { return m_path; }

    /// The SQLite handle, for the few C APIs this class does not wrap (the online backup API).
    sqlite3* handle() { return m_database; }

private:
    sqlite3* m_database = nullptr;
    std::filesystem::path m_path;
};

}  // namespace recops::store
