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
        "Rolling windows of request outcomes, latency and cache lookups",
        R"sql(
CREATE TABLE metric_window_buckets (
    resolution_s   INTEGER NOT NULL CHECK (resolution_s IN (1, 60)),
    start_ms       INTEGER NOT NULL,
    requests       INTEGER NOT NULL CHECK (requests >= 0),
    client_errors  INTEGER NOT NULL CHECK (client_errors >= 0),
    server_errors  INTEGER NOT NULL CHECK (server_errors >= 0),
    cache_lookups  INTEGER NOT NULL CHECK (cache_lookups >= 0),
    cache_hits     INTEGER NOT NULL CHECK (cache_hits >= 0),
    -- requests per latency bucket, comma-separated, the +Inf bucket last
    latency_counts TEXT    NOT NULL,
    PRIMARY KEY (resolution_s, start_ms)
) STRICT, WITHOUT ROWID;
)sql",
    },
    SchemaMigration{
        3,
        "Alerts and their history, silences, contacts, escalation policies, notifications",
        R"sql(
CREATE TABLE alerts (
    id                     TEXT    PRIMARY KEY CHECK (length(id) = 16),
    rule                   TEXT    NOT NULL,
    fingerprint            TEXT    NOT NULL,
    labels                 TEXT    NOT NULL,
    severity               TEXT    NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    state                  TEXT    NOT NULL CHECK (state IN ('pending', 'firing', 'resolved')),
    value                  REAL    NOT NULL,
    summary                TEXT    NOT NULL,
    active_since_ms        INTEGER NOT NULL,
    firing_since_ms        INTEGER,
    resolved_at_ms         INTEGER,
    acknowledged_by        TEXT,
    acknowledged_at_ms     INTEGER,
    acknowledgment_comment TEXT,
    escalation_policy_id   TEXT    NOT NULL,
    escalation_step        INTEGER NOT NULL CHECK (escalation_step >= 0),
    notified_contacts      TEXT    NOT NULL
) STRICT;
CREATE INDEX alerts_by_state ON alerts (state, active_since_ms);

CREATE TABLE alert_events (
    id       INTEGER PRIMARY KEY,
    alert_id TEXT    NOT NULL REFERENCES alerts (id),
    at_ms    INTEGER NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('pending', 'firing', 'resolved', 'cleared',
                                              'acknowledged', 'escalated')),
    actor    TEXT    NOT NULL,
    detail   TEXT    NOT NULL
) STRICT;
CREATE INDEX alert_events_by_alert ON alert_events (alert_id, id);

CREATE TABLE silences (
    id            TEXT    PRIMARY KEY CHECK (length(id) = 16),
    matchers      TEXT    NOT NULL,
    starts_at_ms  INTEGER NOT NULL,
    ends_at_ms    INTEGER NOT NULL CHECK (ends_at_ms >= starts_at_ms),
    created_by    TEXT    NOT NULL,
    comment       TEXT    NOT NULL,
    created_at_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE contacts (
    id             TEXT    PRIMARY KEY,
    name           TEXT    NOT NULL,
    role           TEXT    NOT NULL,
    email          TEXT    NOT NULL,
    phone          TEXT    NOT NULL,
    webhook_url    TEXT    NOT NULL,
    webhook_format TEXT    NOT NULL CHECK (webhook_format IN ('', 'slack', 'pagerduty',
                                                              'alertmanager')),
    routing_key    TEXT    NOT NULL,
    position       INTEGER NOT NULL
) STRICT;

CREATE TABLE escalation_policies (
    id       TEXT    PRIMARY KEY,
    name     TEXT    NOT NULL,
    matchers TEXT    NOT NULL,
    repeat   INTEGER NOT NULL CHECK (repeat >= 0),
    position INTEGER NOT NULL
) STRICT;

CREATE TABLE escalation_levels (
    policy_id TEXT    NOT NULL REFERENCES escalation_policies (id) ON DELETE CASCADE,
    level     INTEGER NOT NULL,
    delay_ms  INTEGER NOT NULL CHECK (delay_ms >= 0),
    PRIMARY KEY (policy_id, level)
) STRICT;

CREATE TABLE escalation_targets (
    policy_id  TEXT    NOT NULL,
    level      INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    contact_id TEXT    NOT NULL REFERENCES contacts (id),
    PRIMARY KEY (policy_id, level, position),
    FOREIGN KEY (policy_id, level) REFERENCES escalation_levels (policy_id, level)
        ON DELETE CASCADE
) STRICT;
CREATE INDEX escalation_targets_by_contact ON escalation_targets (contact_id);

CREATE TABLE notifications (
    id                 TEXT    PRIMARY KEY CHECK (length(id) = 16),
    alert_id           TEXT    NOT NULL REFERENCES alerts (id),
    -- no foreign key: the log outlives contacts that are later removed
    contact_id         TEXT    NOT NULL,
    event              TEXT    NOT NULL CHECK (event IN ('firing', 'resolved')),
    format             TEXT    NOT NULL CHECK (format IN ('slack', 'pagerduty', 'alertmanager')),
    url                TEXT    NOT NULL,
    payload            TEXT    NOT NULL,
    escalation_step    INTEGER NOT NULL,
    state              TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    created_at_ms      INTEGER NOT NULL,
    next_attempt_at_ms INTEGER,
    delivered_at_ms    INTEGER
) STRICT;
CREATE INDEX notifications_by_time ON notifications (created_at_ms);

CREATE TABLE notification_attempts (
    notification_id TEXT    NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    attempt         INTEGER NOT NULL CHECK (attempt >= 1),
    at_ms           INTEGER NOT NULL,
    duration_ms     INTEGER NOT NULL,
    http_status     INTEGER,
    error           TEXT    NOT NULL,
    PRIMARY KEY (notification_id, attempt)
) STRICT;
)sql",
    },
};

}  // namespace

std::span<const SchemaMigration> sqliteMigrations() {
    return kMigrations;
}

}  // namespace recops::store
