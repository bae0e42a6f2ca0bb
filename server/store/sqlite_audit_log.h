// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/audit_log.h"
#include "store/shared_sqlite_connection.h"

namespace recops::store {

/// The audit log in the SQLite database's `audit_log` table.
class SqliteAuditLog final : public AuditLog {
public:
    explicit SqliteAuditLog(SharedSqliteConnection& connection) : m_connection(connection) {}

    std::int64_t append(const AuditEntry& entry) override;
    std::vector<AuditEntry> query(const AuditQuery& query) override;

private:
    SharedSqliteConnection& m_connection;
};

}  // namespace recops::store
