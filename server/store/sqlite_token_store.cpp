// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_token_store.h"

#include "common/timestamp.h"
#include "store/sqlite_transaction.h"
#include "store/store_error.h"

#include <algorithm>

namespace recops::store {
namespace {

constexpr std::string_view kSelectColumns =
    "SELECT id, name, role, digest, created_at_ms, revoked_at_ms FROM tokens";

TokenRecord readRecord(const SqliteStatement& row) {
    TokenRecord record;
    record.id = row.columnText(0);
    record.name = row.columnText(1);
    const auto role = parseRole(row.columnText(2));
    const auto digest = row.columnBlob(3);
    // The schema's CHECK constraints make both impossible; a failure means a damaged file.
    if (!role || digest.size() != record.digest.size()) {
        throw StoreError("token " + record.id + " is damaged in the database");
    }
    record.role = *role;
    std::copy(digest.begin(), digest.end(), record.digest.begin());
    record.createdAt = common::fromUnixMilliseconds(row.columnInteger(4));
    if (!row.columnIsNull(5)) {
        record.revokedAt = common::fromUnixMilliseconds(row.columnInteger(5));
    }
    return record;
}

}  // namespace

SqliteTokenStore::SqliteTokenStore(SharedSqliteConnection& connection,
                                   const std::filesystem::path& file, int busyTimeoutMs)
    : m_connection(connection), m_watchConnection(file, OpenMode::ReadWrite, busyTimeoutMs) {}

bool SqliteTokenStore::insert(const TokenRecord& record) {
    return m_connection.use([&](SqliteConnection& connection) {
        auto statement = connection.prepare(
            "INSERT INTO tokens (id, name, role, digest, created_at_ms, revoked_at_ms) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO NOTHING");
        statement.bind(1, record.id)
            .bind(2, record.name)
            .bind(3, roleName(record.role))
            .bindBlob(4, record.digest)
            .bind(5, common::toUnixMilliseconds(record.createdAt));
        if (record.revokedAt) {
            statement.bind(6, common::toUnixMilliseconds(*record.revokedAt));
        } else {
            statement.bindNull(6);
        }
        statement.run();
        return connection.queryInteger("SELECT changes()") == 1;
    });
}

std::optional<TokenRecord> SqliteTokenStore::find(std::string_view id) {
    return m_connection.use([&](SqliteConnection& connection) -> std::optional<TokenRecord> {
        auto statement = connection.prepare(std::string(kSelectColumns) + " WHERE id = ?1");
        statement.bind(1, id);
        if (!statement.step()) {
            return std::nullopt;
        }
        return readRecord(statement);
    });
}

std::vector<TokenRecord> SqliteTokenStore::list() {
    return m_connection.use([&](SqliteConnection& connection) {
        auto statement =
            connection.prepare(std::string(kSelectColumns) + " ORDER BY created_at_ms, id");
        std::vector<TokenRecord> records;
        while (statement.step()) {
            records.push_back(readRecord(statement));
        }
        return records;
    });
}

RevokeOutcome SqliteTokenStore::revoke(std::string_view id,
                                       std::chrono::system_clock::time_point time) {
    return m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        const std::optional<bool> revoked = [&]() -> std::optional<bool> {
            auto lookup =
                connection.prepare("SELECT revoked_at_ms IS NOT NULL FROM tokens WHERE id = ?1");
            lookup.bind(1, id);
            if (!lookup.step()) {
                return std::nullopt;
            }
            return lookup.columnInteger(0) != 0;
        }();
        if (!revoked) {
            return RevokeOutcome::NotFound;
        }
        if (*revoked) {
            return RevokeOutcome::AlreadyRevoked;
        }
        connection.prepare("UPDATE tokens SET revoked_at_ms = ?2 WHERE id = ?1")
            .bind(1, id)
            .bind(2, common::toUnixMilliseconds(time))
            .run();
        transaction.commit();
        return RevokeOutcome::Revoked;
    });
}

std::uint64_t SqliteTokenStore::revision() {
    return m_watchConnection.use([](SqliteConnection& connection) {
        return static_cast<std::uint64_t>(connection.queryInteger("PRAGMA data_version"));
    });
}

}  // namespace recops::store
