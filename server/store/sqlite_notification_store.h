// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/notification_store.h"
#include "store/shared_sqlite_connection.h"

namespace recops::store {

/// Notifications in `notifications`, each attempt in `notification_attempts`.
class SqliteNotificationStore final : public NotificationStore {
public:
    explicit SqliteNotificationStore(SharedSqliteConnection& connection)
        : m_connection(connection) {}

    void save(const NotificationRecord& notification) override;
    std::vector<NotificationRecord> list(const NotificationQuery& query) override;
    std::vector<NotificationRecord> listPending() override;

private:
    SharedSqliteConnection& m_connection;
};

}  // namespace recops::store
