// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident_timeline_entry.h"
#include "core/runbook_run_record.h"
#include "core/runbook_step_record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace recops::console {

class RunbookJournal;

/**
 * The post-incident report of a run, as Markdown: what happened when (the timeline), why
 * the run went where it went (decisions with their explanations), what it changed
 * (actions with request and response summaries), what was skipped and why, and the
 * post-incident checklist (the general one plus the runbook's own items).
 *
 * Built from the journal alone, so a report can be written for any run, finished or
 * not, long after the console that ran it stopped. Secrets are already redacted there.
 */
class RunbookReport {
public:
    /// The checklist every incident closes with, before the runbook's own items.
    static QStringList generalChecklist();

    /// The report of run @p runId, or an empty string when the journal has no such run.
    static QString markdown(const RunbookJournal& journal, const QString& runId);
    static QString markdown(const RunbookRunRecord& run, const QList<RunbookStepRecord>& steps,
                            const QList<IncidentTimelineEntry>& timeline);
};

}  // namespace recops::console
