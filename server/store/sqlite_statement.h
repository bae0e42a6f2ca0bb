// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace recops::store {

/**
 * A prepared statement (RAII over sqlite3_stmt). Parameters are numbered from 1 and columns
 * from 0, as in SQLite. Failures throw StoreError with SQLite's message and the SQL.
 */
class SqliteStatement {
public:
    SqliteStatement(sqlite3* database, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    SqliteStatement& bindNull(int index);
    /// The value, or NULL when there is none (optional columns).
    SqliteStatement& bindOptional(int index, const std::optional<std::int64_t>& value);
    SqliteStatement& bindOptional(int index, const std::optional<std::string>& value);

    /// Runs to the next row: true when there is one, false when done.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    /// Makes the statement ready to run again with new parameters (bindings are cleared),
    /// so a hot path or a batch of rows prepares once and reuses it.
    SqliteStatement& reset();
    /// Rows the last run() of an INSERT, UPDATE or DELETE changed on this connection.
    std::int64_t changes() const;

    std::int64_t columnInteger(int column) const;
    double columnDouble(int column) const;
    /// The integer, or nothing when the column is NULL.
    std::optional<std::int64_t> columnOptionalInteger(int column) const;
    std::string columnText(int column) const;
    /// The column's text without a copy: valid until the next step(), reset() or destruction.
    std::string_view columnTextView(int column) const;
    std::span<const std::uint8_t> columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    void check(int resultCode, std::string_view action) const;

    sqlite3* m_database;
    sqlite3_stmt* m_statement = nullptr;
    std::string m_sql;
};

}  // namespace recops::store
