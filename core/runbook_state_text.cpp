// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_state_text.h"

#include <QDateTime>
#include <QLocale>

namespace recops::console {

QString RunbookStateText::run(RunbookRunState state) {
    switch (state) {
        case RunbookRunState::Running:
            return tr("Running");
        case RunbookRunState::Waiting:
            return tr("Waiting for a person");
        case RunbookRunState::Halted:
            return tr("Halted");
        case RunbookRunState::Succeeded:
            return tr("Succeeded");
        case RunbookRunState::Escalated:
            return tr("Escalated");
        case RunbookRunState::Failed:
            return tr("Failed");
        case RunbookRunState::Aborted:
            return tr("Aborted");
    }
    return QString();
}

QString RunbookStateText::step(RunbookStepState state) {
    switch (state) {
        case RunbookStepState::Pending:
            return tr("Pending");
        case RunbookStepState::Running:
            return tr("Running");
        case RunbookStepState::WaitingForConfirmation:
            return tr("Waiting for confirmation");
        case RunbookStepState::WaitingForOperator:
            return tr("Waiting for the operator");
        case RunbookStepState::WaitingForApproval:
            return tr("Waiting for approval");
        case RunbookStepState::Interrupted:
            return tr("Interrupted");
        case RunbookStepState::Succeeded:
            return tr("Succeeded");
        case RunbookStepState::Failed:
            return tr("Failed");
        case RunbookStepState::Skipped:
            return tr("Skipped");
    }
    return QString();
}

QString RunbookStateText::kind(RunbookStepKind kind) {
    switch (kind) {
        case RunbookStepKind::Check:
            return tr("Check");
        case RunbookStepKind::Action:
            return tr("Action");
        case RunbookStepKind::Decision:
            return tr("Decision");
        case RunbookStepKind::Manual:
            return tr("Manual");
        case RunbookStepKind::WaitUntil:
            return tr("Wait until");
        case RunbookStepKind::Approval:
            return tr("Approval");
        case RunbookStepKind::Escalate:
            return tr("Escalate");
        case RunbookStepKind::Note:
            return tr("Note");
    }
    return QString();
}

QString RunbookStateText::sync(IncidentTimelineEntry::Sync sync) {
    switch (sync) {
        case IncidentTimelineEntry::Sync::LocalOnly:
            return tr("local only");
        case IncidentTimelineEntry::Sync::Queued:
            return tr("queued");
        case IncidentTimelineEntry::Sync::Sent:
            return tr("sent");
        case IncidentTimelineEntry::Sync::Rejected:
            return tr("rejected");
    }
    return QString();
}

QString RunbookStateText::timeOfDay(qint64 timeMs) {
    return timeMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(timeMs).time(),
                                           QStringLiteral("HH:mm:ss"))
                      : QString();
}

QString RunbookStateText::dateAndTime(qint64 timeMs) {
    return timeMs > 0
               ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(timeMs), QLocale::ShortFormat)
               : QString();
}

}  // namespace recops::console
