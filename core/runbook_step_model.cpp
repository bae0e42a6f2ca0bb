// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_step_model.h"

#include "core/runbook_state_text.h"
#include "core/runbook_variables.h"

#include <QDateTime>
#include <QStringList>

namespace recops::console {

namespace {

QDateTime timeOf(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

}  // namespace

RunbookStepModel::RunbookStepModel(QObject* parent) : QAbstractTableModel(parent) {}

QString RunbookStepModel::requestSummary(const QJsonObject& request) {
    if (request.isEmpty()) {
        return QString();
    }
    QString text = request.value(QStringLiteral("method")).toString() + u' ' +
                   request.value(QStringLiteral("path")).toString();
    const QJsonObject query = request.value(QStringLiteral("query")).toObject();
    QStringList pairs;
    for (auto it = query.constBegin(); it != query.constEnd(); ++it) {
        pairs.append(it.key() + u'=' + RunbookVariables::plainText(it.value()));
    }
    if (!pairs.isEmpty()) {
        text += u'?' + pairs.join(u'&');
    }
    return text;
}

QString RunbookStepModel::resultSummary(const QJsonObject& result) {
    if (result.isEmpty()) {
        return QString();
    }
    const int status = result.value(QStringLiteral("http_status")).toInt();
    const QString error = result.value(QStringLiteral("error")).toString();
    if (status == 0) {
        return error;
    }
    QStringList parts{QStringLiteral("HTTP %1").arg(status)};
    if (result.contains(QStringLiteral("latency_ms"))) {
        parts.append(QStringLiteral("%1 ms").arg(
            RunbookVariables::plainText(result.value(QStringLiteral("latency_ms")))));
    }
    const QJsonObject captured = result.value(QStringLiteral("captured")).toObject();
    QStringList values;
    for (auto it = captured.constBegin(); it != captured.constEnd(); ++it) {
        values.append(it.key() + QStringLiteral(" = ") + RunbookVariables::literal(it.value()));
    }
    if (!values.isEmpty()) {
        parts.append(values.join(QStringLiteral(", ")));
    }
    if (!error.isEmpty() && (status < 200 || status > 299)) {
        parts.append(error);
    }
    return parts.join(QStringLiteral(" · "));
}

void RunbookStepModel::reset(const Runbook& runbook, const QList<RunbookStepRecord>& records) {
    beginResetModel();
    m_steps = runbook.steps;
    m_records.clear();
    for (const RunbookStep& step : m_steps) {
        RunbookStepRecord record;
        record.stepId = step.id;
        for (const RunbookStepRecord& known : records) {
            if (known.stepId == step.id) {
                record = known;
            }
        }
        m_records.append(record);
    }
    m_currentStep.clear();
    endResetModel();
}

int RunbookStepModel::rowOf(const QString& stepId) const {
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).id == stepId) {
            return row;
        }
    }
    return -1;
}

void RunbookStepModel::update(const RunbookStepRecord& record) {
    const int row = rowOf(record.stepId);
    if (row < 0) {
        return;
    }
    m_records[row] = record;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunbookStepModel::setCurrentStep(const QString& stepId) {
    if (stepId == m_currentStep) {
        return;
    }
    const int previous = rowOf(m_currentStep);
    m_currentStep = stepId;
    const int current = rowOf(stepId);
    for (int row : {previous, current}) {
        if (row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {IsCurrentRole});
        }
    }
}

int RunbookStepModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int RunbookStepModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunbookStepModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunbookStep& step = m_steps.at(index.row());
    const RunbookStepRecord& record = m_records.at(index.row());
    switch (role) {
        case StepIdRole:
            return step.id;
        case KindRole:
            return RunbookStep::kindName(step.kind);
        case StateRole:
            return RunbookStepRecord::stateName(record.state);
        case StartedRole:
            return timeOf(record.startedAtMs);
        case FinishedRole:
            return timeOf(record.finishedAtMs);
        case RequestRole:
            return record.request;
        case ResultRole:
            return record.result;
        case ExplanationRole:
            return record.explanation;
        case IsCurrentRole:
            return step.id == m_currentStep;
        case IsWaitingRole:
            return record.isWaiting();
        case DestructiveRole:
            return step.destructive;
        case Qt::ToolTipRole:
            return step.description.isEmpty() ? step.id : step.description;
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (index.column()) {
        case StepColumn:
            return step.title.isEmpty() ? step.id : step.title;
        case KindColumn:
            return RunbookStateText::kind(step.kind);
        case StateColumn:
            return RunbookStateText::step(record.state);
        case StartedColumn:
            return RunbookStateText::timeOfDay(record.startedAtMs);
        case FinishedColumn:
            return RunbookStateText::timeOfDay(record.finishedAtMs);
        case RequestColumn:
            return requestSummary(record.request);
        case ResultColumn:
            return resultSummary(record.result);
        case ExplanationColumn:
            return record.skipReason.isEmpty() ? record.explanation
                                               : record.explanation + u' ' + record.skipReason;
        default:
            return {};
    }
}

QVariant RunbookStepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case StepColumn:
            return tr("Step");
        case KindColumn:
            return tr("Kind");
        case StateColumn:
            return tr("State");
        case StartedColumn:
            return tr("Started");
        case FinishedColumn:
            return tr("Finished");
        case RequestColumn:
            return tr("Request");
        case ResultColumn:
            return tr("Result");
        case ExplanationColumn:
            return tr("Explanation");
        default:
            return {};
    }
}

QHash<int, QByteArray> RunbookStepModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StepIdRole, "stepId");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(StartedRole, "started");
    names.insert(FinishedRole, "finished");
    names.insert(RequestRole, "request");
    names.insert(ResultRole, "result");
    names.insert(ExplanationRole, "explanation");
    names.insert(IsCurrentRole, "isCurrent");
    names.insert(IsWaitingRole, "isWaiting");
    names.insert(DestructiveRole, "destructive");
    return names;
}

}  // namespace recops::console
