// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident_timeline_entry.h"
#include "core/runbook.h"
#include "core/runbook_run_record.h"
#include "core/runbook_step_record.h"

#include <QCoreApplication>
#include <QString>

namespace recops::console {

/**
 * The words the window shows for the states of runs, steps and timeline entries and for
 * the kinds of step, translated. The journal, the timeline and the JSON lines keep the
 * stable English names (RunbookRunRecord::stateName() and the like); these are for people.
 */
class RunbookStateText {
    Q_DECLARE_TR_FUNCTIONS(RunbookStateText)

public:
    static QString run(RunbookRunState state);
    static QString step(RunbookStepState state);
    static QString kind(RunbookStepKind kind);
    /// Whether the entry reached the server's incident timeline.
    static QString sync(IncidentTimelineEntry::Sync sync);
    /// A journal time (Unix milliseconds) as the time of day, local, to the second; empty
    /// for 0 (not yet).
    static QString timeOfDay(qint64 timeMs);
    /// The same with the date, for runs of other days.
    static QString dateAndTime(qint64 timeMs);
};

}  // namespace recops::console
