// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/alert_store.h"
#include "store/shared_sqlite_connection.h"

namespace recops::store {

/// Alerts in the `alerts` table, their history in `alert_events`.
class SqliteAlertStore final : public AlertStore {
public:
    explicit SqliteAlertStore(SharedSqliteConnection& connection) : m_connection(connection) {}

    void save(const AlertRecord& alert, const std::vector<AlertEventRecord>& events) override;
    std::optional<AlertRecord> find(std::string_view id) override;
    std::vector<AlertRecord> listUnresolved() override;
    std::vector<AlertRecord> listResolved(std::size_t limit) override;
    std::vector<std::pair<AlertEventRecord, AlertRecord>> events(
        const AlertEventQuery& query) override;

private:
    SharedSqliteConnection& m_connection;
};

}  // namespace recops::store
