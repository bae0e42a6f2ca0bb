// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/audit_log.h"
#include "store/database_snapshots.h"
#include "store/incident_store.h"
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
    virtual AuditLog& audit() = 0;
    virtual IncidentStore& incidents() = 0;
    /// Whole-database snapshots, for backups and restores.
    virtual DatabaseSnapshots& snapshots() = 0;

    /// Asks the database a trivial question; never throws.
    virtual StoreHealth health() = 0;
};

}  // namespace recops::store
