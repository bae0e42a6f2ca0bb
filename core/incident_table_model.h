// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/incident.h"
#include "core/record_table_model.h"

namespace recops::console {

/// The incidents as a table: id, status, severity, title, commander, opened, resolved.
class IncidentTableModel : public RecordTableModel<Incident> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        StatusColumn,
        SeverityColumn,
        TitleColumn,
        CommanderColumn,
        OpenedColumn,
        ResolvedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,        ///< qint64
        ResolvedRole,  ///< bool
    };
    Q_ENUM(Role)

    explicit IncidentTableModel(QObject* parent = nullptr);

    static QString statusText(const QString& status);
    static QString severityText(const QString& severity);
    /// The row of the incident @p id; -1 when there is none.
    int rowOfIncident(qint64 id) const { return rowOfKey(QString::number(id)); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Incident& incident) const override { return QString::number(incident.id); }
};

}  // namespace recops::console
