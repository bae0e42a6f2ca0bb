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
        "user events, the item catalog, and the record of erased users",
        R"sql(
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    user_id         TEXT    NOT NULL CHECK (length(user_id) BETWEEN 1 AND 256),
    item_id         TEXT    NOT NULL CHECK (length(item_id) BETWEEN 1 AND 256),
    type            TEXT    NOT NULL CHECK (length(type) BETWEEN 1 AND 64),
    value           REAL    NOT NULL,
    occurred_at_ms  INTEGER NOT NULL,
    received_at_ms  INTEGER NOT NULL,
    idempotency_key TEXT    UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 256)
) STRICT;
-- A user's recent history is read on every recommendation request.
CREATE INDEX events_by_user ON events (user_id, occurred_at_ms);

CREATE TABLE items (
    id            TEXT    PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 256),
    title         TEXT    NOT NULL,
    categories    TEXT    NOT NULL CHECK (json_valid(categories) AND json_type(categories) = 'array'),
    created_at_ms INTEGER NOT NULL,
    available     INTEGER NOT NULL CHECK (available IN (0, 1)),
    updated_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Erased users are recorded by a SHA-256 of their id, never the id itself.
CREATE TABLE user_erasures (
    id             INTEGER PRIMARY KEY,
    user_digest    BLOB    NOT NULL CHECK (length(user_digest) = 32),
    erased_at_ms   INTEGER NOT NULL,
    events_deleted INTEGER NOT NULL
) STRICT;
)sql",
    },
    SchemaMigration{
        3,
        "the model registry: models, versions with stages and aliases, and their history",
        R"sql(
CREATE TABLE registered_models (
    name          TEXT    PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 128),
    created_at_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE model_versions (
    model               TEXT    NOT NULL REFERENCES registered_models (name),
    version             INTEGER NOT NULL CHECK (version >= 1),
    stage               TEXT    NOT NULL
                        CHECK (stage IN ('None', 'Staging', 'Production', 'Archived')),
    algorithm           TEXT    NOT NULL,
    label               TEXT    NOT NULL,
    manifest_sha256     TEXT    NOT NULL CHECK (length(manifest_sha256) = 64),
    metrics             TEXT    NOT NULL CHECK (json_valid(metrics)),
    created_at_ms       INTEGER NOT NULL,
    created_by          TEXT    NOT NULL,
    stage_changed_at_ms INTEGER NOT NULL,
    ever_production     INTEGER NOT NULL CHECK (ever_production IN (0, 1)),
    PRIMARY KEY (model, version)
) STRICT;
-- The rule MLflow leaves to its users: one version in Production per model, at any moment.
CREATE UNIQUE INDEX model_versions_one_production ON model_versions (model)
    WHERE stage = 'Production';

CREATE TABLE model_aliases (
    model   TEXT    NOT NULL,
    alias   TEXT    NOT NULL CHECK (length(alias) BETWEEN 1 AND 64),
    version INTEGER NOT NULL,
    PRIMARY KEY (model, alias),
    FOREIGN KEY (model, version) REFERENCES model_versions (model, version) ON DELETE CASCADE
) STRICT;

-- Kept when a version is deleted: the history outlives what it describes.
CREATE TABLE registry_changes (
    id         INTEGER PRIMARY KEY,
    model      TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    kind       TEXT    NOT NULL
               CHECK (kind IN ('registered', 'stage', 'alias_set', 'alias_removed', 'deleted')),
    from_stage TEXT,
    to_stage   TEXT,
    alias      TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    comment    TEXT    NOT NULL,
    gates      TEXT    NOT NULL CHECK (json_valid(gates)),
    forced     INTEGER NOT NULL CHECK (forced IN (0, 1)),
    at_ms      INTEGER NOT NULL
) STRICT;
CREATE INDEX registry_changes_by_model ON registry_changes (model, id);
)sql",
    },
    SchemaMigration{
        4,
        "training jobs of the trainer API and the retraining schedule",
        R"sql(
CREATE TABLE training_jobs (
    id             TEXT    PRIMARY KEY,
    model          TEXT    NOT NULL,
    status         TEXT    NOT NULL
                   CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    trigger        TEXT    NOT NULL CHECK (trigger IN ('api', 'schedule')),
    requested_by   TEXT    NOT NULL,
    request        TEXT    NOT NULL CHECK (json_valid(request)),
    result         TEXT    NOT NULL CHECK (json_valid(result)),
    error          TEXT    NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    started_at_ms  INTEGER,
    finished_at_ms INTEGER
) STRICT;
CREATE INDEX training_jobs_by_time ON training_jobs (created_at_ms);
)sql",
    },
    SchemaMigration{
        5,
        "canary rollouts: a candidate version serving a share of users beside Production",
        R"sql(
CREATE TABLE rollouts (
    model             TEXT    PRIMARY KEY REFERENCES registered_models (name),
    candidate_version INTEGER NOT NULL,
    percent           REAL    NOT NULL CHECK (percent >= 0 AND percent <= 100),
    started_at_ms     INTEGER NOT NULL,
    started_by        TEXT    NOT NULL,
    FOREIGN KEY (model, candidate_version) REFERENCES model_versions (model, version)
        ON DELETE CASCADE
) STRICT;
)sql",
    },
    SchemaMigration{
        6,
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
        7,
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
    SchemaMigration{
        8,
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
        9,
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
    SchemaMigration{
        10,
        "notifications about incidents escalated by hand: alert_id is an alert or incident-<id>",
        // SQLite cannot drop a foreign key in place: both tables are rebuilt, attempts kept.
        // Renaming a table rewrites the references to it, so attempts point at the new log.
        R"sql(
CREATE TABLE notifications_rebuilt (
    id                 TEXT    PRIMARY KEY CHECK (length(id) = 16),
    -- the alert's id, or incident-<id>; no foreign key: incidents are not alerts
    alert_id           TEXT    NOT NULL,
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
INSERT INTO notifications_rebuilt SELECT id, alert_id, contact_id, event, format, url, payload,
    escalation_step, state, created_at_ms, next_attempt_at_ms, delivered_at_ms FROM notifications;

CREATE TABLE notification_attempts_rebuilt (
    notification_id TEXT    NOT NULL REFERENCES notifications_rebuilt (id) ON DELETE CASCADE,
    attempt         INTEGER NOT NULL CHECK (attempt >= 1),
    at_ms           INTEGER NOT NULL,
    duration_ms     INTEGER NOT NULL,
    http_status     INTEGER,
    error           TEXT    NOT NULL,
    PRIMARY KEY (notification_id, attempt)
) STRICT;
INSERT INTO notification_attempts_rebuilt SELECT notification_id, attempt, at_ms, duration_ms,
    http_status, error FROM notification_attempts;

DROP TABLE notification_attempts;
DROP TABLE notifications;
ALTER TABLE notifications_rebuilt RENAME TO notifications;
ALTER TABLE notification_attempts_rebuilt RENAME TO notification_attempts;
CREATE INDEX notifications_by_time ON notifications (created_at_ms);
)sql",
    },
};

}  // namespace

std::span<const SchemaMigration> sqliteMigrations() {
    return kMigrations;
}

}  // namespace recops::store
