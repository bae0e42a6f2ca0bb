// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_journal_migrations.h"

namespace recops::console {

const QList<const char*>& RunbookJournalMigrations::steps() {
    // Times are Unix milliseconds; JSON columns hold compact JSON text.
    static const QList<const char*> list = {
        R"sql(
        CREATE TABLE runbook_runs (
            id            TEXT PRIMARY KEY NOT NULL,
            runbook_id    TEXT NOT NULL,
            title         TEXT NOT NULL,
            definition    TEXT NOT NULL,
            inputs        TEXT NOT NULL,
            variables     TEXT NOT NULL,
            state         TEXT NOT NULL CHECK (state IN ('running', 'waiting', 'halted',
                              'succeeded', 'escalated', 'failed', 'aborted')),
            current_step  TEXT NOT NULL,
            next_step     TEXT NOT NULL,
            step_entries  INTEGER NOT NULL,
            escalated     INTEGER NOT NULL CHECK (escalated IN (0, 1)),
            server_url    TEXT NOT NULL,
            author        TEXT NOT NULL,
            outcome       TEXT NOT NULL,
            severity      TEXT NOT NULL,
            incident_link TEXT NOT NULL CHECK (incident_link IN ('none', 'pending', 'created')),
            incident_id   TEXT NOT NULL,
            created_at    INTEGER NOT NULL,
            updated_at    INTEGER NOT NULL,
            finished_at   INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE runbook_steps (
            run_id       TEXT NOT NULL REFERENCES runbook_runs (id) ON DELETE CASCADE,
            step_id      TEXT NOT NULL,
            state        TEXT NOT NULL,
            executions   INTEGER NOT NULL,
            attempts     INTEGER NOT NULL,
            started_at   INTEGER NOT NULL,
            finished_at  INTEGER NOT NULL,
            deadline_at  INTEGER NOT NULL,
            request      TEXT NOT NULL,
            result       TEXT NOT NULL,
            explanation  TEXT NOT NULL,
            skip_reason  TEXT NOT NULL,
            actor        TEXT NOT NULL,
            PRIMARY KEY (run_id, step_id)
        ) STRICT;
        CREATE TABLE runbook_timeline (
            entry_id   TEXT PRIMARY KEY NOT NULL,
            run_id     TEXT NOT NULL REFERENCES runbook_runs (id) ON DELETE CASCADE,
            sequence   INTEGER NOT NULL,
            time       INTEGER NOT NULL,
            author     TEXT NOT NULL,
            kind       TEXT NOT NULL,
            text       TEXT NOT NULL,
            data       TEXT NOT NULL,
            step_id    TEXT NOT NULL,
            sync       TEXT NOT NULL CHECK (sync IN ('local', 'queued', 'sent', 'rejected')),
            attempts   INTEGER NOT NULL,
            last_error TEXT NOT NULL,
            sent_at    INTEGER NOT NULL,
            UNIQUE (run_id, sequence)
        ) STRICT;
        CREATE INDEX runbook_timeline_by_sync ON runbook_timeline (sync, run_id, sequence);
        )sql",
    };
    return list;
}

}  // namespace recops::console
