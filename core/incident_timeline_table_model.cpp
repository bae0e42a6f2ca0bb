// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/incident_timeline_table_model.h"

#include "core/registry_format.h"

namespace recops::console {

IncidentTimelineTableModel::IncidentTimelineTableModel(QObject* parent)
    : RecordTableModel(parent) {}

int IncidentTimelineTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTimelineTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const IncidentTimelineRecord& record = *recordAt(index.row());
    switch (role) {
        case EntryIdRole:
            return record.entryId;
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case TimeColumn:
                    return RegistryFormat::time(record.timeUtc);
                case KindColumn:
                    return record.kind;
                case AuthorColumn:
                    return record.author;
                case TextColumn:
                    return record.text;
                case DataColumn:
                    return record.dataText();
                default:
                    return {};
            }
        case SortRole:
            // By time; the arrival order (the row) keeps entries of equal time in order.
            return index.column() == TimeColumn
                       ? QVariant(record.timeUtc.toMSecsSinceEpoch() * 10'000 + index.row())
                       : data(index, Qt::DisplayRole);
        default:
            return {};
    }
}

QVariant IncidentTimelineTableModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case KindColumn:
            return tr("Kind");
        case AuthorColumn:
            return tr("Author");
        case TextColumn:
            return tr("Text");
        case DataColumn:
            return tr("Data");
        default:
            return {};
    }
}

}  // namespace recops::console
