// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/shared_sqlite_connection.h"
#include "store/token_store.h"

#include <filesystem>

namespace recops::store {

/**
 * Tokens in the SQLite database's `tokens` table.
 *
 * revision() is SQLite's PRAGMA data_version, read on a connection of its own: it changes
 * whenever any other connection (this process's main one, or a `recopsd token revoke` run)
 * commits to the database file.
 */
class SqliteTokenStore final : public TokenStore {
public:
    SqliteTokenStore(SharedSqliteConnection& connection, const std::filesystem::path& file,
                     int busyTimeoutMs);

    bool insert(const TokenRecord& record) override;
    std::optional<TokenRecord> find(std::string_view id) override;
    std::vector<TokenRecord> list() override;
    RevokeOutcome revoke(std::string_view id, std::chrono::system_clock::time_point time) override;
    std::uint64_t revision() override;

private:
    SharedSqliteConnection& m_connection;
    SharedSqliteConnection m_watchConnection;
};

}  // namespace recops::store
