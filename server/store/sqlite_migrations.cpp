// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_migrations.h"

#include <array>

namespace recops::store {
namespace {

// STRICT tables make SQLite check column types like other engines do, so data written here
// moves to PostgreSQL unchanged. Times are Unix milliseconds.
constexpr std::array kMigrations{
    SchemaMigration{
        1,
        "API tokens, stored as SHA-256 digests",
        R"sql(
CREATE TABLE tokens (
    id            TEXT    PRIMARY KEY CHECK (length(id) = 16),
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('viewer', 'client', 'operator', 'admin')),
    digest        BLOB    NOT NULL CHECK (length(digest) = 32),
    created_at_ms INTEGER NOT NULL,
    revoked_at_ms INTEGER
) STRICT;
)sql",
    },
    SchemaMigration{
        2,
        "The audit log of operator and admin actions",
        R"sql(
-- AUTOINCREMENT: ids are never reused, even after the newest entries are deleted, so a
-- paging cursor (an id) always means the same place.
CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    time_ms        INTEGER NOT NULL,
    actor_token_id TEXT    NOT NULL,
    actor_name     TEXT    NOT NULL,
    actor_role     TEXT    NOT NULL,
    action         TEXT    NOT NULL CHECK (length(action) > 0),
    target         TEXT    NOT NULL,
    outcome        TEXT    NOT NULL CHECK (outcome IN ('success', 'refused', 'failed')),
    status         INTEGER NOT NULL,
    request_id     TEXT    NOT NULL,
    detail         TEXT    NOT NULL
) STRICT;
CREATE INDEX audit_log_by_time ON audit_log (time_ms);
CREATE INDEX audit_log_by_actor ON audit_log (actor_token_id, id);
CREATE INDEX audit_log_by_action ON audit_log (action, id);
)sql",
    },
    SchemaMigration{
        3,
        "Incidents, their linked alerts and their timelines",
        R"sql(
CREATE TABLE incidents (
    id                  INTEGER PRIMARY KEY,
    title               TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    severity            TEXT    NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    status              TEXT    NOT NULL CHECK (status IN ('open', 'mitigated', 'resolved')),
    summary             TEXT    NOT NULL,
    commander           TEXT    NOT NULL,
    created_at_ms       INTEGER NOT NULL,
    created_by_token_id TEXT    NOT NULL,
    created_by_name     TEXT    NOT NULL,
    updated_at_ms       INTEGER NOT NULL,
    mitigated_at_ms     INTEGER,
    resolved_at_ms      INTEGER,
    revision            INTEGER NOT NULL CHECK (revision > 0)
) STRICT;
CREATE INDEX incidents_by_status ON incidents (status, id);
CREATE TABLE incident_alerts (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    alert_id    TEXT    NOT NULL,
    PRIMARY KEY (incident_id, position),
    UNIQUE (incident_id, alert_id)
) STRICT;
CREATE INDEX incident_alerts_by_alert ON incident_alerts (alert_id);
-- entry_id is the client's own id for the entry: a retried POST finds it and adds nothing.
-- fingerprint is SHA-256 of what the client sent, to tell a retry from a different entry
-- that reuses an id.
CREATE TABLE incident_timeline (
    incident_id          INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    entry_id             TEXT    NOT NULL,
    sequence             INTEGER NOT NULL,
    time_ms              INTEGER NOT NULL,
    author               TEXT    NOT NULL,
    kind                 TEXT    NOT NULL,
    text                 TEXT    NOT NULL,
    data                 TEXT    NOT NULL CHECK (json_valid(data)),
    recorded_at_ms       INTEGER NOT NULL,
    recorded_by_token_id TEXT    NOT NULL,
    fingerprint          BLOB    NOT NULL CHECK (length(fingerprint) = 32),
    PRIMARY KEY (incident_id, entry_id),
    UNIQUE (incident_id, sequence)
) STRICT;
)sql",
    },
};

}  // namespace

std::span<const SchemaMigration> sqliteMigrations() {
    return kMigrations;
}

}  // namespace recops::store
