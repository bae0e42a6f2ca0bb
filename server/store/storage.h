// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/alert_store.h"
#include "store/audit_log.h"
#include "store/catalog_store.h"
#include "store/database_snapshots.h"
#include "store/event_store.h"
#include "store/incident_store.h"
#include "store/metric_window_store.h"
#include "store/notification_store.h"
#include "store/on_call_store.h"
#include "store/registry_store.h"
#include "store/silence_store.h"
#include "store/store_health.h"
#include "store/token_store.h"
#include "store/training_job_store.h"

#include <cstddef>

namespace recops::store {

/**
 * A storage backend, open and migrated: hands out one store per concern and reports its
 * health. SQLite is the embedded default; PostgreSQL, for several replicas, implements the
 * same interfaces.
 */
class Storage {
public:
    virtual ~Storage() = default;

    virtual TokenStore& tokens() = 0;
    virtual EventStore& events() = 0;
    virtual CatalogStore& catalog() = 0;
    virtual RegistryStore& registry() = 0;
    virtual TrainingJobStore& trainingJobs() = 0;

    /// Connections of the request path's pool: how many exist, and how many are lent out now.
    virtual std::size_t poolCapacity() const = 0;
    virtual std::size_t poolInUse() const = 0;
    virtual AuditLog& audit() = 0;
    virtual IncidentStore& incidents() = 0;
    /// Whole-database snapshots, for backups and restores.
    virtual DatabaseSnapshots& snapshots() = 0;

    // Monitoring and alerting.
    virtual MetricWindowStore& metricWindows() = 0;
    virtual AlertStore& alerts() = 0;
    virtual SilenceStore& silences() = 0;
    virtual OnCallStore& onCall() = 0;
    virtual NotificationStore& notifications() = 0;

    /// Asks the database a trivial question; never throws.
    virtual StoreHealth health() = 0;
};

}  // namespace recops::store
