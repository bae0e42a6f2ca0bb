// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

namespace recops::console {

/// Where a run is.
enum class RunbookRunState {
    Running,    ///< a step is executing (a call in flight, a retry or poll scheduled)
    Waiting,    ///< a step waits for a person: confirmation, manual step, approval
    Halted,     ///< a step failed with no on_failure: retry, skip or abort
    Succeeded,  ///< reached the end
    Escalated,  ///< reached the end after handing the incident on
    Failed,     ///< a step failed and the runbook said abort (or no one could decide)
    Aborted,    ///< stopped by the operator
};

/// Whether the run has an incident on the server to write its timeline into.
enum class IncidentLink {
    None,     ///< the runbook opens none: the timeline stays local
    Pending,  ///< to be created (queued while the server or its incidents API is away)
    Created,  ///< incidentId holds the server's id
};

/// One run of a runbook as the journal keeps it.
struct RunbookRunRecord {
    QString id;
    QString runbookId;
    QString title;
    /// The runbook as it was when the run started: a resumed run keeps its steps.
    QJsonObject definition;
    QJsonObject inputs;
    /// RunbookVariables::toJournal(): secrets recorded by name only.
    QJsonObject variables;
    RunbookRunState state = RunbookRunState::Running;
    QString currentStep;
    /// The step (or end/abort) the run moves to next, once the current one has finished;
    /// empty while the current step executes. A resumed run enters it.
    QString nextStep;
    /// Steps entered so far, loops included (bounded, see RunbookEngine).
    int stepEntries = 0;
    bool escalated = false;
    QString serverUrl;
    QString author;
    /// How it ended, in a sentence (empty while it runs).
    QString outcome;
    QString severity;
    IncidentLink incidentLink = IncidentLink::None;
    QString incidentId;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 finishedAtMs = 0;

    bool isFinished() const {
        return state == RunbookRunState::Succeeded || state == RunbookRunState::Escalated ||
               state == RunbookRunState::Failed || state == RunbookRunState::Aborted;
    }
    static QString stateName(RunbookRunState state);
    static std::optional<RunbookRunState> stateFromName(const QString& name);
    static QString linkName(IncidentLink link);
    static IncidentLink linkFromName(const QString& name);
};

}  // namespace recops::console
