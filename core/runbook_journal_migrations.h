// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>

namespace recops::console {

/**
 * The schema of the runbook journal, as a list of steps: step N brings the journal's
 * tables from version N to N + 1. Append, never edit: journals in the field were written
 * by the earlier steps.
 *
 * The journal shares console.sqlite with the profile store but keeps its own tables
 * (runbook_*) and records its own version in runbook_journal_schema, not in
 * PRAGMA user_version, which belongs to the profile store. Each step is self-contained so
 * that the list can later join the store's own migration list unchanged.
 */
class RunbookJournalMigrations {
public:
    static const QList<const char*>& steps();
    static int latestVersion() { return static_cast<int>(steps().size()); }
};

}  // namespace recops::console
