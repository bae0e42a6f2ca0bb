// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/alert_store.h"
#include "store/metric_window_store.h"
#include "store/notification_store.h"
#include "store/on_call_store.h"
#include "store/silence_store.h"
#include "store/store_health.h"
#include "store/token_store.h"

namespace recops::store {

/**
 * A storage backend, open and migrated: hands out one store per concern (tokens now; events
 * and the catalog next) and reports its health. SQLite is the embedded default; PostgreSQL,
 * for several replicas, implements the same interfaces.
 */
class Storage {
public:
    virtual ~Storage() = default;

    virtual TokenStore& tokens() = 0;

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
