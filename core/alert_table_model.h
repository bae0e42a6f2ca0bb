// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/record_table_model.h"

namespace recops::console {

/**
 * The alert queue as a table: rule, severity, state, since, summary, labels, who
 * acknowledged it, and whether a silence matches it.
 *
 * Rows come in queue order (AlertList::queueOrder()); the severity column sorts by
 * severity and then state, so the view's default sort keeps critical firing alerts on top.
 * LabelsRole gives the alert's own labels to the filter (`team=ml`).
 */
class AlertTableModel : public RecordTableModel<Alert> {
    Q_OBJECT

public:
    enum Column {
        RuleColumn,
        SeverityColumn,
        StateColumn,
        SinceColumn,
        SummaryColumn,
        LabelsColumn,
        AcknowledgedByColumn,
        SilencedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< the value to sort by (ranks, times)
        IdRole,                       ///< QString: the alert's id
        LabelsRole,                   ///< QVariantMap: the alert's labels
        CriticalFiringRole,           ///< bool: a critical alert that fires
    };
    Q_ENUM(Role)

    explicit AlertTableModel(QObject* parent = nullptr);

    void setAlerts(const AlertList& list);
    const Alert* alert(const QString& id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Alert& alert) const override { return alert.id; }
};

}  // namespace recops::console
