// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

namespace recops::console {

enum class RunbookStepState {
    Pending,
    Running,
    WaitingForConfirmation,  ///< a destructive action, before its call
    WaitingForOperator,      ///< a manual step, until its box is checked
    WaitingForApproval,
    Interrupted,  ///< an action was in flight when the console stopped: outcome unknown
    Succeeded,
    Failed,
    Skipped,
};

/// The latest execution of one step of a run, as the journal and the step model show it.
struct RunbookStepRecord {
    QString stepId;
    RunbookStepState state = RunbookStepState::Pending;
    /// How many times the step was entered (loops enter a step again).
    int executions = 0;
    /// Calls made in the current execution (1 + retries, or polls of a wait_until).
    int attempts = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    /// When a wait_until gives up, measured from its start (survives a restart).
    qint64 deadlineMs = 0;
    /// The call as sent, secrets redacted: method, path, query, body.
    QJsonObject request;
    /// The answer: status, latency, captured values, error, a body excerpt.
    QJsonObject result;
    /// Why the step went where it went, in words.
    QString explanation;
    QString skipReason;
    /// Who confirmed, approved, rejected or checked it.
    QString actor;

    bool isWaiting() const {
        return state == RunbookStepState::WaitingForConfirmation ||
               state == RunbookStepState::WaitingForOperator ||
               state == RunbookStepState::WaitingForApproval ||
               state == RunbookStepState::Interrupted;
    }
    static QString stateName(RunbookStepState state);
    static std::optional<RunbookStepState> stateFromName(const QString& name);
};

}  // namespace recops::console
