// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident.h"
#include "core/record_table_model.h"

namespace recops::console {

/// An incident's timeline as recopsd keeps it: time, kind, author, text, data.
class IncidentTimelineTableModel : public RecordTableModel<IncidentTimelineRecord> {
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, AuthorColumn, TextColumn, DataColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        EntryIdRole,  ///< QString
    };
    Q_ENUM(Role)

    explicit IncidentTimelineTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const IncidentTimelineRecord& record) const override { return record.entryId; }
};

}  // namespace recops::console
