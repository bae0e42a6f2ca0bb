// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert_event.h"
#include "core/record_table_model.h"

namespace recops::console {

/// An alert's history as a table: when, what happened, who, and the detail (a comment, a
/// contact paged).
class AlertEventModel : public RecordTableModel<AlertEvent> {
    Q_OBJECT

public:
    enum Column { WhenColumn, KindColumn, ActorColumn, DetailColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit AlertEventModel(QObject* parent = nullptr);

    /// "fired", "acknowledged"...: the translated name of an event's kind.
    static QString kindText(const QString& kind);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const AlertEvent& event) const override { return QString::number(event.id); }
};

}  // namespace recops::console
