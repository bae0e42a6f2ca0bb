// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_timeline_model.h"

#include "core/runbook_state_text.h"

#include <algorithm>

namespace recops::console {

RunbookTimelineModel::RunbookTimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunbookTimelineModel::setEntries(const QList<IncidentTimelineEntry>& entries) {
    const bool continues =
        entries.size() >= m_entries.size() &&
        std::equal(m_entries.cbegin(), m_entries.cend(), entries.cbegin(),
                   [](const IncidentTimelineEntry& a, const IncidentTimelineEntry& b) {
                       return a.entryId == b.entryId;
                   });
    if (!continues) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        const IncidentTimelineEntry& after = entries.at(row);
        IncidentTimelineEntry& before = m_entries[row];
        if (before.sync != after.sync || before.attempts != after.attempts) {
            before = after;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    const int first = static_cast<int>(m_entries.size());
    if (entries.size() > first) {
        beginInsertRows({}, first, static_cast<int>(entries.size()) - 1);
        m_entries.append(entries.mid(first));
        endInsertRows();
    }
}

void RunbookTimelineModel::clear() {
    setEntries({});
}

int RunbookTimelineModel::count(IncidentTimelineEntry::Sync sync) const {
    return static_cast<int>(
        std::count_if(m_entries.cbegin(), m_entries.cend(),
                      [sync](const IncidentTimelineEntry& entry) { return entry.sync == sync; }));
}

int RunbookTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RunbookTimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunbookTimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const IncidentTimelineEntry& entry = m_entries.at(index.row());
    switch (role) {
        case EntryIdRole:
            return entry.entryId;
        case KindRole:
            return entry.kind;
        case SyncRole:
            return IncidentTimelineEntry::syncName(entry.sync);
        case StepIdRole:
            return entry.stepId;
        case TimeRole:
            return entry.timeMs;
        case DataRole:
            return entry.data;
        case LastErrorRole:
            return entry.lastError;
        case Qt::ToolTipRole:
            return index.column() == SyncColumn && !entry.lastError.isEmpty()
                       ? QVariant(entry.lastError)
                       : QVariant(entry.text);
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (index.column()) {
        case TimeColumn:
            return RunbookStateText::timeOfDay(entry.timeMs);
        case AuthorColumn:
            return entry.author;
        case KindColumn:
            return entry.kind;
        case TextColumn:
            return entry.text;
        case SyncColumn:
            return RunbookStateText::sync(entry.sync);
        default:
            return {};
    }
}

QVariant RunbookTimelineModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case AuthorColumn:
            return tr("Author");
        case KindColumn:
            return tr("Kind");
        case TextColumn:
            return tr("Entry");
        case SyncColumn:
            return tr("Server");
        default:
            return {};
    }
}

QHash<int, QByteArray> RunbookTimelineModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(KindRole, "kind");
    names.insert(SyncRole, "sync");
    names.insert(StepIdRole, "stepId");
    names.insert(TimeRole, "time");
    names.insert(DataRole, "data");
    names.insert(LastErrorRole, "lastError");
    return names;
}

}  // namespace recops::console
