// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/alert_history_store.h"
#include "core/chart_history_store.h"
#include "core/local_schema.h"
#include "core/profile_store.h"
#include "core/runbook_journal.h"

namespace recops::console {

QList<LocalSchema> LocalSchemas::all() {
    return {ProfileStore::schema(), ChartHistoryStore::schema(), AlertHistoryStore::schema(),
            RunbookJournal::schema()};
}

}  // namespace recops::console
