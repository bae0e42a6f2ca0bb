// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_library_model.h"

#include <QFileInfo>

namespace recops::console {

RunbookLibraryModel::RunbookLibraryModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunbookLibraryModel::setRunbooks(const QList<Runbook>& runbooks) {
    beginResetModel();
    m_runbooks = runbooks;
    endResetModel();
}

std::optional<Runbook> RunbookLibraryModel::runbook(int row) const {
    if (row < 0 || row >= m_runbooks.size()) {
        return std::nullopt;
    }
    return m_runbooks.at(row);
}

int RunbookLibraryModel::rowOf(const QString& runbookId) const {
    for (int row = 0; row < m_runbooks.size(); ++row) {
        if (m_runbooks.at(row).id == runbookId) {
            return row;
        }
    }
    return -1;
}

int RunbookLibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_runbooks.size());
}

int RunbookLibraryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunbookLibraryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Runbook& runbook = m_runbooks.at(index.row());
    switch (role) {
        case RunbookIdRole:
            return runbook.id;
        case TriggersRole:
            return runbook.triggers;
        case DescriptionRole:
            return runbook.description;
        case BuiltInRole:
            return runbook.builtIn;
        case ChangesServerStateRole:
            return runbook.changesServerState();
        case Qt::ToolTipRole:
            return runbook.description;
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (index.column()) {
        case TitleColumn:
            return runbook.title;
        case IdColumn:
            return runbook.id;
        case TriggersColumn:
            return runbook.triggers.join(QStringLiteral(", "));
        case StepsColumn:
            return static_cast<int>(runbook.steps.size());
        case SourceColumn:
            return runbook.builtIn ? tr("built-in") : QFileInfo(runbook.sourceFile).fileName();
        default:
            return {};
    }
}

QVariant RunbookLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case TitleColumn:
            return tr("Title");
        case IdColumn:
            return tr("Id");
        case TriggersColumn:
            return tr("Alerts");
        case StepsColumn:
            return tr("Steps");
        case SourceColumn:
            return tr("Source");
        default:
            return {};
    }
}

QHash<int, QByteArray> RunbookLibraryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RunbookIdRole, "runbookId");
    names.insert(TriggersRole, "triggers");
    names.insert(DescriptionRole, "description");
    names.insert(BuiltInRole, "builtIn");
    names.insert(ChangesServerStateRole, "changesServerState");
    return names;
}

}  // namespace recops::console
