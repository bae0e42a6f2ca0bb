// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_launch.h"

#include "core/runbook_duration.h"
#include "core/runbook_engine.h"
#include "core/runbook_library.h"
#include "core/runbook_variables.h"

#include <cmath>

namespace recops::console {

RunbookLaunch::RunbookLaunch(const Runbook& runbook) : m_runbook(runbook) {}

std::optional<RunbookLaunch> RunbookLaunch::forAlert(const RunbookLibrary& library,
                                                     const QString& alertName,
                                                     const QVariantMap& labels) {
    const QList<Runbook> answering = library.answering(alertName);
    if (answering.isEmpty()) {
        return std::nullopt;
    }
    RunbookLaunch launch(answering.constFirst());
    launch.fillFromLabels(labels);
    launch.m_alertName = alertName;
    launch.m_alertLabels = QJsonObject::fromVariantMap(labels);
    return launch;
}

QString RunbookLaunch::defaultText(const RunbookInput& input) {
    if (!input.defaultValue) {
        return QString();
    }
    if (input.type == RunbookInputType::Duration && input.defaultValue->isDouble()) {
        return RunbookDuration::format(std::llround(input.defaultValue->toDouble() * 1000.0))
            .remove(u' ');
    }
    return RunbookVariables::plainText(*input.defaultValue);
}

QString RunbookLaunch::roleRefusal(const Runbook& runbook, const QString& role) {
    const QStringList actions = runbook.actionStepIds();
    if (role != u"viewer" || actions.isEmpty()) {
        return QString();
    }
    return tr("A viewer token can read this runbook and its runs but cannot start it: its "
              "action steps change state on the server (%1). Use an operator token.")
        .arg(actions.join(QStringLiteral(", ")));
}

void RunbookLaunch::setText(const QString& inputName, const QString& text) {
    m_texts.insert(inputName, text);
}

QStringList RunbookLaunch::fillFromLabels(const QVariantMap& labels) {
    QStringList filled;
    for (const RunbookInput& input : m_runbook.inputs) {
        if (labels.contains(input.name)) {
            m_texts.insert(input.name, labels.value(input.name).toString());
            filled.append(input.name);
        }
    }
    return filled;
}

QString RunbookLaunch::error(const QString& inputName) const {
    const RunbookInput* input = m_runbook.input(inputName);
    if (!input) {
        return QString();
    }
    const QString text = m_texts.value(inputName);
    if (text.trimmed().isEmpty()) {
        return input->defaultValue ? QString() : tr("Required: this input has no default.");
    }
    QString unused;
    if (input->convert(text, &unused)) {
        return QString();
    }
    switch (input->type) {
        case RunbookInputType::Integer:
            return tr("Enter a whole number, for example 10000.");
        case RunbookInputType::Number:
            return tr("Enter a number, for example 0.5.");
        case RunbookInputType::Boolean:
            return tr("Enter true or false.");
        case RunbookInputType::Duration:
            return tr("Enter a duration: a number and a unit (ms, s, m, h, d), for example %1.")
                .arg(RunbookDuration::examples());
        case RunbookInputType::String:
            break;
    }
    return QString();
}

bool RunbookLaunch::isValid() const {
    for (const RunbookInput& input : m_runbook.inputs) {
        if (!error(input.name).isEmpty()) {
            return false;
        }
    }
    return true;
}

std::optional<QJsonObject> RunbookLaunch::inputs() const {
    if (!isValid()) {
        return std::nullopt;
    }
    // The engine's own typing, so a run started here gets exactly what --input would give.
    QHash<QString, QString> given;
    for (const RunbookInput& input : m_runbook.inputs) {
        const QString text = m_texts.value(input.name);
        if (!text.trimmed().isEmpty()) {
            given.insert(input.name, text);
        }
    }
    QStringList errors;
    return RunbookEngine::resolveInputs(m_runbook, given, &errors);
}

}  // namespace recops::console
