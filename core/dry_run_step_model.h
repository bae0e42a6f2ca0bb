// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/escalation_dry_run.h"
#include "core/record_table_model.h"

namespace recops::console {

/// The steps of a dry run: who is paged when, and whether they have been.
class DryRunStepModel : public RecordTableModel<DryRunStep> {
    Q_OBJECT

public:
    enum Column {
        StepColumn,
        CycleColumn,
        LevelColumn,
        AfterColumn,
        AtColumn,
        StateColumn,
        ContactsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StateRole,  ///< QString: paged, due, upcoming, skipped
    };
    Q_ENUM(Role)

    explicit DryRunStepModel(QObject* parent = nullptr);

    static QString stateText(const QString& state);
    /// "Alice Example (slack), Bob (no webhook)".
    static QString contactsText(const DryRunStep& step);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const DryRunStep& step) const override { return QString::number(step.step); }
};

}  // namespace recops::console
