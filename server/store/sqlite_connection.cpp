// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_connection.h"

#include "store/store_error.h"

#include <sqlite3.h>

namespace recops::store {

SqliteConnection::SqliteConnection(const std::filesystem::path& path, OpenMode mode)
    : m_path(path) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                      (mode == OpenMode::ReadWriteCreate ? SQLITE_OPEN_CREATE : 0);
    const int resultCode = sqlite3_open_v2(path.c_str(), &m_database, flags, nullptr);
    if (resultCode != SQLITE_OK) {
        const std::string reason =
            m_database != nullptr ? sqlite3_errmsg(m_database) : sqlite3_errstr(resultCode);
        sqlite3_close(m_database);
        throw StoreError("cannot open database " + path.string() + ": " + reason);
    }
    sqlite3_extended_result_codes(m_database, 1);
}

SqliteConnection::~SqliteConnection() {
    sqlite3_close(m_database);
}

void SqliteConnection::execute(std::string_view sql) {
    char* message = nullptr;
    const std::string statements(sql);
    if (sqlite3_exec(m_database, statements.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string reason = message != nullptr ? message : sqlite3_errmsg(m_database);
        sqlite3_free(message);
        throw StoreError("SQLite failed on " + m_path.string() + ": " + reason);
    }
}

std::int64_t SqliteConnection::queryInteger(std::string_view sql) {
    SqliteStatement statement = prepare(sql);
    if (!statement.step()) {
        throw StoreError("SQLite returned no row for \"" + std::string(sql) + "\"");
    }
    return statement.columnInteger(0);
}

std::string SqliteConnection::queryText(std::string_view sql) {
    SqliteStatement statement = prepare(sql);
    if (!statement.step()) {
        throw StoreError("SQLite returned no row for \"" + std::string(sql) + "\"");
    }
    return statement.columnText(0);
}

void SqliteConnection::setBusyTimeout(int milliseconds) {
    sqlite3_busy_timeout(m_database, milliseconds);
}

}  // namespace recops::store
