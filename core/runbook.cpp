// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook.h"

#include "core/runbook_duration.h"
#include "core/runbook_names.h"

#include <algorithm>
#include <cmath>

namespace recops::console {

namespace {

constexpr RunbookName<RunbookStepKind> kKindNames[] = {
    {RunbookStepKind::Check, "check"},          {RunbookStepKind::Action, "action"},
    {RunbookStepKind::Decision, "decision"},    {RunbookStepKind::Manual, "manual"},
    {RunbookStepKind::WaitUntil, "wait_until"}, {RunbookStepKind::Approval, "approval"},
    {RunbookStepKind::Escalate, "escalate"},    {RunbookStepKind::Note, "note"},
};

constexpr RunbookName<RunbookInputType> kTypeNames[] = {
    {RunbookInputType::String, "string"},     {RunbookInputType::Integer, "integer"},
    {RunbookInputType::Number, "number"},     {RunbookInputType::Boolean, "boolean"},
    {RunbookInputType::Duration, "duration"},
};

}  // namespace

QString RunbookInput::typeName(RunbookInputType type) {
    return runbookNameOf(kTypeNames, type);
}

std::optional<RunbookInputType> RunbookInput::typeFromName(const QString& name) {
    return runbookValueOf(kTypeNames, name);
}

std::optional<QJsonValue> RunbookInput::convert(const QString& text, QString* error) const {
    const QString trimmed = text.trimmed();
    switch (type) {
        case RunbookInputType::String:
            return QJsonValue(text);
        case RunbookInputType::Integer: {
            bool ok = false;
            const qlonglong value = trimmed.toLongLong(&ok);
            // JSON numbers are doubles: past 2^53 an integer would silently change.
            if (ok && std::llabs(value) <= (1LL << 53)) {
                return QJsonValue(static_cast<double>(value));
            }
            *error = QStringLiteral("\"%1\" is not an integer").arg(text);
            return std::nullopt;
        }
        case RunbookInputType::Number: {
            bool ok = false;
            const double value = trimmed.toDouble(&ok);
            if (ok && std::isfinite(value)) {
                return QJsonValue(value);
            }
            *error = QStringLiteral("\"%1\" is not a number").arg(text);
            return std::nullopt;
        }
        case RunbookInputType::Boolean: {
            const QString lower = trimmed.toLower();
            if (lower == u"true" || lower == u"yes" || lower == u"1") {
                return QJsonValue(true);
            }
            if (lower == u"false" || lower == u"no" || lower == u"0") {
                return QJsonValue(false);
            }
            *error = QStringLiteral("\"%1\" is not a boolean (true or false)").arg(text);
            return std::nullopt;
        }
        case RunbookInputType::Duration: {
            const auto milliseconds = RunbookDuration::parseMs(trimmed);
            if (milliseconds) {
                return QJsonValue(static_cast<double>(*milliseconds) / 1000.0);
            }
            *error = QStringLiteral("\"%1\" is not a duration (for example %2)")
                         .arg(text, RunbookDuration::examples());
            return std::nullopt;
        }
    }
    return std::nullopt;
}

QString RunbookStep::kindName(RunbookStepKind kind) {
    return runbookNameOf(kKindNames, kind);
}

std::optional<RunbookStepKind> RunbookStep::kindFromName(const QString& name) {
    return runbookValueOf(kKindNames, name);
}

int Runbook::indexOf(const QString& stepId) const {
    for (int index = 0; index < steps.size(); ++index) {
        if (steps.at(index).id == stepId) {
            return index;
        }
    }
    return -1;
}

const RunbookStep* Runbook::step(const QString& stepId) const {
    const int index = indexOf(stepId);
    return index < 0 ? nullptr : &steps.at(index);
}

const RunbookInput* Runbook::input(const QString& name) const {
    for (const RunbookInput& candidate : inputs) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

QString Runbook::successorOf(int index) const {
    if (index < 0 || index >= steps.size()) {
        return QLatin1StringView(kEnd);
    }
    const RunbookStep& current = steps.at(index);
    if (!current.next.isEmpty()) {
        return current.next;
    }
    return index + 1 < steps.size() ? steps.at(index + 1).id : QString::fromLatin1(kEnd);
}

bool Runbook::revealsSecrets() const {
    for (const RunbookStep& candidate : steps) {
        if (!candidate.reveal.isEmpty()) {
            return true;
        }
    }
    return false;
}

QStringList Runbook::actionStepIds() const {
    QStringList ids;
    for (const RunbookStep& candidate : steps) {
        if (candidate.kind == RunbookStepKind::Action) {
            ids.append(candidate.id);
        }
    }
    return ids;
}

bool Runbook::changesServerState() const {
    if (opensIncident || !actionStepIds().isEmpty()) {
        return true;
    }
    return std::any_of(steps.cbegin(), steps.cend(), [](const RunbookStep& candidate) {
        return candidate.kind == RunbookStepKind::Escalate;
    });
}

}  // namespace recops::console
