// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The names by which run states, step states, incident links and sync states are written
// to the journal and shown in JSON; the journal's CHECK constraints list the same words.
#include "core/incident_timeline_entry.h"
#include "core/runbook_run_record.h"
#include "core/runbook_step_record.h"

#include <QDateTime>
#include <QUuid>

namespace recops::console {

namespace {

template <typename Enum>
struct Named {
    Enum value;
    const char* name;
};

constexpr Named<RunbookRunState> kRunStates[] = {
    {RunbookRunState::Running, "running"},     {RunbookRunState::Waiting, "waiting"},
    {RunbookRunState::Halted, "halted"},       {RunbookRunState::Succeeded, "succeeded"},
    {RunbookRunState::Escalated, "escalated"}, {RunbookRunState::Failed, "failed"},
    {RunbookRunState::Aborted, "aborted"},
};

constexpr Named<RunbookStepState> kStepStates[] = {
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

constexpr Named<IncidentLink> kLinks[] = {{IncidentLink::None, "none"},
                                          {IncidentLink::Pending, "pending"},
                                          {IncidentLink::Created, "created"}};

constexpr Named<IncidentTimelineEntry::Sync> kSyncs[] = {
    {IncidentTimelineEntry::Sync::LocalOnly, "local"},
    {IncidentTimelineEntry::Sync::Queued, "queued"},
    {IncidentTimelineEntry::Sync::Sent, "sent"},
    {IncidentTimelineEntry::Sync::Rejected, "rejected"},
};

template <typename Enum, size_t N>
QString nameOf(const Named<Enum> (&table)[N], Enum value) {
    for (const auto& entry : table) {
        if (entry.value == value) {
            return QLatin1StringView(entry.name);
        }
    }
    return QString();
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const Named<Enum> (&table)[N], const QString& name) {
    for (const auto& entry : table) {
        if (name == QLatin1StringView(entry.name)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

}  // namespace

QString RunbookRunRecord::stateName(RunbookRunState state) {
    return nameOf(kRunStates, state);
}

std::optional<RunbookRunState> RunbookRunRecord::stateFromName(const QString& name) {
    return valueOf(kRunStates, name);
}

QString RunbookRunRecord::linkName(IncidentLink link) {
    return nameOf(kLinks, link);
}

IncidentLink RunbookRunRecord::linkFromName(const QString& name) {
    return valueOf(kLinks, name).value_or(IncidentLink::None);
}

QString RunbookStepRecord::stateName(RunbookStepState state) {
    return nameOf(kStepStates, state);
}

std::optional<RunbookStepState> RunbookStepRecord::stateFromName(const QString& name) {
    return valueOf(kStepStates, name);
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
    return nameOf(kSyncs, sync);
}

IncidentTimelineEntry::Sync IncidentTimelineEntry::syncFromName(const QString& name) {
    return valueOf(kSyncs, name).value_or(Sync::Queued);
}

QString IncidentTimelineEntry::formatTime(qint64 timeMs) {
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

}  // namespace recops::console
