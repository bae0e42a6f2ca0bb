// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_run_list_model.h"

#include "core/runbook_state_text.h"

#include <algorithm>

namespace recops::console {

RunbookRunListModel::RunbookRunListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunbookRunListModel::setRuns(const QList<RunbookRunRecord>& runs) {
    const bool sameRows = std::equal(
        runs.cbegin(), runs.cend(), m_runs.cbegin(), m_runs.cend(),
        [](const RunbookRunRecord& a, const RunbookRunRecord& b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_runs = runs;
        endResetModel();
        return;
    }
    for (int row = 0; row < runs.size(); ++row) {
        const RunbookRunRecord& before = m_runs.at(row);
        const RunbookRunRecord& after = runs.at(row);
        const bool changed = before.state != after.state ||
                             before.currentStep != after.currentStep ||
                             before.updatedAtMs != after.updatedAtMs;
        m_runs[row] = after;
        if (changed) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

std::optional<RunbookRunRecord> RunbookRunListModel::run(int row) const {
    if (row < 0 || row >= m_runs.size()) {
        return std::nullopt;
    }
    return m_runs.at(row);
}

int RunbookRunListModel::rowOf(const QString& runId) const {
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId) {
            return row;
        }
    }
    return -1;
}

QList<RunbookRunRecord> RunbookRunListModel::unfinished() const {
    QList<RunbookRunRecord> result;
    std::copy_if(m_runs.cbegin(), m_runs.cend(), std::back_inserter(result),
                 [](const RunbookRunRecord& run) { return !run.isFinished(); });
    return result;
}

int RunbookRunListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunbookRunListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunbookRunListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunbookRunRecord& run = m_runs.at(index.row());
    switch (role) {
        case RunIdRole:
            return run.id;
        case RunbookIdRole:
            return run.runbookId;
        case StateRole:
            return RunbookRunRecord::stateName(run.state);
        case IsFinishedRole:
            return run.isFinished();
        case CreatedAtRole:
            return run.createdAtMs;
        case Qt::ToolTipRole:
            return run.outcome.isEmpty() ? run.id : run.outcome;
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (index.column()) {
        case TitleColumn:
            return run.title;
        case StateColumn:
            return RunbookStateText::run(run.state);
        case StepColumn:
            return run.isFinished() ? QString() : run.currentStep;
        case StartedColumn:
            return RunbookStateText::dateAndTime(run.createdAtMs);
        case AuthorColumn:
            return run.author;
        case ServerColumn:
            return run.serverUrl;
        default:
            return {};
    }
}

QVariant RunbookRunListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case TitleColumn:
            return tr("Runbook");
        case StateColumn:
            return tr("State");
        case StepColumn:
            return tr("At step");
        case StartedColumn:
            return tr("Started");
        case AuthorColumn:
            return tr("Run by");
        case ServerColumn:
            return tr("Server");
        default:
            return {};
    }
}

QHash<int, QByteArray> RunbookRunListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RunIdRole, "runId");
    names.insert(RunbookIdRole, "runbookId");
    names.insert(StateRole, "state");
    names.insert(IsFinishedRole, "isFinished");
    names.insert(CreatedAtRole, "createdAt");
    return names;
}

}  // namespace recops::console
