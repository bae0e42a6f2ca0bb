// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The names by which run states, step states, incident links and sync states are written
// to the journal and shown in JSON; the journal's CHECK constraints list the same words.
#include "core/incident_timeline_entry.h"
#include "core/runbook_names.h"
#include "core/runbook_run_record.h"
#include "core/runbook_step_record.h"

#include <QDateTime>
#include <QUuid>

namespace recops::console {

namespace {

constexpr RunbookName<RunbookRunState> kRunStates[] = {
    {RunbookRunState::Running, "running"},     {RunbookRunState::Waiting, "waiting"},
    {RunbookRunState::Halted, "halted"},       {RunbookRunState::Succeeded, "succeeded"},
    {RunbookRunState::Escalated, "escalated"}, {RunbookRunState::Failed, "failed"},
    {RunbookRunState::Aborted, "aborted"},
};

constexpr RunbookName<RunbookStepState> kStepStates[] = {
    {RunbookStepState::Pending, "pending"},
    {RunbookStepState::Running, "running"},
    {RunbookStepState::WaitingForConfirmation, "waiting_for_confirmation"},
    {RunbookStepState::WaitingForOperator, "waiting_for_operator"},
    {RunbookStepState::WaitingForApproval, "waiting_for_approval"},
    {RunbookStepState::Interrupted, "interrupted"},
    {RunbookStepState::Succeeded, "succeeded"},
    {RunbookStepState::Failed, "failed"},
    {RunbookStepState::Skipped, "skipped"},
};

constexpr RunbookName<IncidentLink> kLinks[] = {{IncidentLink::None, "none"},
                                                {IncidentLink::Pending, "pending"},
                                                {IncidentLink::Created, "created"}};

constexpr RunbookName<IncidentTimelineEntry::Sync> kSyncs[] = {
    {IncidentTimelineEntry::Sync::LocalOnly, "local"},
    {IncidentTimelineEntry::Sync::Queued, "queued"},
    {IncidentTimelineEntry::Sync::Sent, "sent"},
    {IncidentTimelineEntry::Sync::Rejected, "rejected"},
};

}  // namespace

QString RunbookRunRecord::stateName(RunbookRunState state) {
    return runbookNameOf(kRunStates, state);
}

std::optional<RunbookRunState> RunbookRunRecord::stateFromName(const QString& name) {
    return runbookValueOf(kRunStates, name);
}

QString RunbookRunRecord::linkName(IncidentLink link) {
    return runbookNameOf(kLinks, link);
}

IncidentLink RunbookRunRecord::linkFromName(const QString& name) {
    return runbookValueOf(kLinks, name).value_or(IncidentLink::None);
}

QString RunbookStepRecord::stateName(RunbookStepState state) {
    return runbookNameOf(kStepStates, state);
}

std::optional<RunbookStepState> RunbookStepRecord::stateFromName(const QString& name) {
    return runbookValueOf(kStepStates, name);
}

QJsonObject IncidentTimelineEntry::toContractJson() const {
    return QJsonObject{
        {QStringLiteral("entry_id"), entryId}, {QStringLiteral("time"), formatTime(timeMs)},
        {QStringLiteral("author"), author},    {QStringLiteral("kind"), kind},
        {QStringLiteral("text"), text},        {QStringLiteral("data"), data}};
}

QJsonObject IncidentTimelineEntry::toJsonLine() const {
    QJsonObject line = toContractJson();
    line.insert(QStringLiteral("run_id"), runId);
    line.insert(QStringLiteral("sequence"), static_cast<double>(sequence));
    if (!stepId.isEmpty()) {
        line.insert(QStringLiteral("step"), stepId);
    }
    return line;
}

QString IncidentTimelineEntry::newEntryId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString IncidentTimelineEntry::syncName(Sync sync) {
    return runbookNameOf(kSyncs, sync);
}

IncidentTimelineEntry::Sync IncidentTimelineEntry::syncFromName(const QString& name) {
    return runbookValueOf(kSyncs, name).value_or(Sync::Queued);
}

QString IncidentTimelineEntry::formatTime(qint64 timeMs) {
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

}  // namespace recops::console
