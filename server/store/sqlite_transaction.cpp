// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_transaction.h"

#include "store/sqlite_connection.h"
#include "store/store_error.h"

namespace recops::store {

SqliteTransaction::SqliteTransaction(SqliteConnection& connection) : m_connection(connection) {
    m_connection.execute("BEGIN IMMEDIATE");
}

SqliteTransaction::~SqliteTransaction() {
    if (m_committed) {
        return;
    }
    try {
        m_connection.execute("ROLLBACK");
    } catch (const StoreError&) {
        // SQLite already rolled back (for example after an I/O error); nothing is left to undo.
    }
}

void SqliteTransaction::commit() {
    m_connection.execute("COMMIT");
    m_committed = true;
}

}  // namespace recops::store
