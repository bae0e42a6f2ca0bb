// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_statement.h"

#include "store/store_error.h"

#include <sqlite3.h>

namespace recops::store {

SqliteStatement::SqliteStatement(sqlite3* database, std::string_view sql)
    : m_database(database), m_sql(sql) {
    check(sqlite3_prepare_v2(database, sql.data(), static_cast<int>(sql.size()), &m_statement,
                             nullptr),
          "prepare");
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

void SqliteStatement::check(int resultCode, std::string_view action) const {
    if (resultCode == SQLITE_OK || resultCode == SQLITE_ROW || resultCode == SQLITE_DONE) {
        return;
    }
    throw StoreError("SQLite cannot " + std::string(action) + " \"" + m_sql +
                     "\": " + sqlite3_errmsg(m_database));
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(m_statement, index, value), "bind a parameter of");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    check(sqlite3_bind_double(m_statement, index, value), "bind a parameter of");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    // A default-constructed view has no data pointer, which SQLite would bind as NULL.
    check(sqlite3_bind_text(m_statement, index, text.data() != nullptr ? text.data() : "",
                            static_cast<int>(text.size()), SQLITE_TRANSIENT),
          "bind a parameter of");
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, std::span<const std::uint8_t> bytes) {
    check(sqlite3_bind_blob(m_statement, index, bytes.data(), static_cast<int>(bytes.size()),
                            SQLITE_TRANSIENT),
          "bind a parameter of");
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    check(sqlite3_bind_null(m_statement, index), "bind a parameter of");
    return *this;
}

SqliteStatement& SqliteStatement::bindOptional(int index,
                                               const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement& SqliteStatement::bindOptional(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

bool SqliteStatement::step() {
    const int resultCode = sqlite3_step(m_statement);
    check(resultCode, "run");
    return resultCode == SQLITE_ROW;
}

void SqliteStatement::run() {
    while (step()) {
    }
}

SqliteStatement& SqliteStatement::reset() {
    // sqlite3_reset repeats the last step's error code, which run()/step() already reported.
    sqlite3_reset(m_statement);
    check(sqlite3_clear_bindings(m_statement), "clear the parameters of");
    return *this;
}

std::int64_t SqliteStatement::changes() const {
    return sqlite3_changes64(m_database);
}

std::int64_t SqliteStatement::columnInteger(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const {
    return sqlite3_column_double(m_statement, column);
}

std::optional<std::int64_t> SqliteStatement::columnOptionalInteger(int column) const {
    if (columnIsNull(column)) {
        return std::nullopt;
    }
    return columnInteger(column);
}

std::string SqliteStatement::columnText(int column) const {
    return std::string(columnTextView(column));
}

std::string_view SqliteStatement::columnTextView(int column) const {
    const auto* text = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return text == nullptr ? std::string_view()
                           : std::string_view(reinterpret_cast<const char*>(text),
                                              static_cast<std::size_t>(size));
}

std::span<const std::uint8_t> SqliteStatement::columnBlob(int column) const {
    const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return {bytes, static_cast<std::size_t>(size)};
}

bool SqliteStatement::columnIsNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

}  // namespace recops::store
