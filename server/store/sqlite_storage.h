// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/caching_event_store.h"
#include "store/shared_sqlite_connection.h"
#include "store/sqlite_alert_store.h"
#include "store/sqlite_audit_log.h"
#include "store/sqlite_catalog_store.h"
#include "store/sqlite_database_snapshots.h"
#include "store/sqlite_event_store.h"
#include "store/sqlite_group_committer.h"
#include "store/sqlite_incident_store.h"
#include "store/sqlite_metric_window_store.h"
#include "store/sqlite_notification_store.h"
#include "store/sqlite_on_call_store.h"
#include "store/sqlite_reader_pool.h"
#include "store/sqlite_registry_store.h"
#include "store/sqlite_silence_store.h"
#include "store/sqlite_token_store.h"
#include "store/sqlite_training_job_store.h"
#include "store/storage.h"

#include <chrono>
#include <filesystem>
#include <memory>

namespace recops::store {

/// Where and how to open the SQLite database.
struct SqliteOptions {
    std::filesystem::path file;
    int busyTimeoutMs = 5000;
    /// Read connections for the request path: at least the number of request threads.
    std::size_t readConnections = 8;
    /// Users whose recent history is kept in process (CachingEventStore); 0 reads the
    /// database for every history.
    std::size_t historyCacheUsers = 0;
    /// How long a cached history read from the database is trusted (writes through this
    /// storage keep it current; this bounds how late another process's writes are seen).
    std::chrono::steady_clock::duration historyCacheTimeToLive = std::chrono::seconds(30);
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
    EventStore& events() override { return m_cachedEvents; }
    CatalogStore& catalog() override { return m_catalog; }
    RegistryStore& registry() override { return m_registry; }
    TrainingJobStore& trainingJobs() override { return m_trainingJobs; }
    std::size_t poolCapacity() const override { return m_readers.capacity(); }
    std::size_t poolInUse() const override { return m_readers.inUse(); }
    AuditLog& audit() override { return m_audit; }
    IncidentStore& incidents() override { return m_incidents; }
    DatabaseSnapshots& snapshots() override { return m_snapshots; }
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
    SqliteGroupCommitter m_committer;
    SqliteReaderPool m_readers;
    SqliteEventStore m_events;
    CachingEventStore m_cachedEvents;
    SqliteCatalogStore m_catalog;
    SqliteRegistryStore m_registry;
    SqliteTrainingJobStore m_trainingJobs;
    SqliteAuditLog m_audit;
    SqliteIncidentStore m_incidents;
    SqliteDatabaseSnapshots m_snapshots;
    SqliteMetricWindowStore m_metricWindows{m_connection};
    SqliteAlertStore m_alerts{m_connection};
    SqliteSilenceStore m_silences{m_connection};
    SqliteOnCallStore m_onCall{m_connection};
    SqliteNotificationStore m_notifications{m_connection};
};

}  // namespace recops::store
