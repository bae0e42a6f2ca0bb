// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/shared_sqlite_connection.h"
#include "store/sqlite_alert_store.h"
#include "store/sqlite_metric_window_store.h"
#include "store/sqlite_notification_store.h"
#include "store/sqlite_on_call_store.h"
#include "store/sqlite_silence_store.h"
#include "store/sqlite_token_store.h"
#include "store/storage.h"

#include <filesystem>
#include <memory>

namespace recops::store {

/// Where and how to open the SQLite database.
struct SqliteOptions {
    std::filesystem::path file;
    int busyTimeoutMs = 5000;
};

/**
 * The embedded storage: one SQLite file in WAL mode (readers never wait for the writer, and a
 * `recopsd token` command can write while the server runs), migrated to the newest schema
 * when opened.
 */
class SqliteStorage final : public Storage {
public:
    /// Opens or creates the database (created readable by its owner only) and migrates it.
    /// Throws StoreError naming the file and the reason.
    explicit SqliteStorage(const SqliteOptions& options);

    TokenStore& tokens() override { return m_tokens; }
    MetricWindowStore& metricWindows() override { return m_metricWindows; }
    AlertStore& alerts() override { return m_alerts; }
    SilenceStore& silences() override { return m_silences; }
    OnCallStore& onCall() override { return m_onCall; }
    NotificationStore& notifications() override { return m_notifications; }
    StoreHealth health() override;

    int schemaVersion() const { return m_schemaVersion; }

private:
    SharedSqliteConnection m_connection;
    int m_schemaVersion = 0;
    SqliteTokenStore m_tokens;
    SqliteMetricWindowStore m_metricWindows{m_connection};
    SqliteAlertStore m_alerts{m_connection};
    SqliteSilenceStore m_silences{m_connection};
    SqliteOnCallStore m_onCall{m_connection};
    SqliteNotificationStore m_notifications{m_connection};
};

}  // namespace recops::store
