// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::store {

class SqliteConnection;

/**
 * BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran.
 *
 * IMMEDIATE takes the write lock at once, so two processes (recopsd and a `recopsd token`
 * command) that both read-then-write wait for each other at BEGIN instead of failing with
 * SQLITE_BUSY at their first write.
 */
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteConnection& connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    void commit();

private:
    SqliteConnection& m_connection;
    bool m_committed = false;
};

}  // namespace recops::store
