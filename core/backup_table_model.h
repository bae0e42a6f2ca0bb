// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/backup.h"
#include "core/record_table_model.h"

namespace recops::console {

/// The backups as a table: time, status, size, verified, trigger, label, id; newest first.
class BackupTableModel : public RecordTableModel<Backup> {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        StatusColumn,
        SizeColumn,
        VerifiedColumn,
        TriggerColumn,
        LabelColumn,
        IdColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,         ///< QString
        SucceededRole,  ///< bool
        VerifiedRole,   ///< bool: the last verification passed
    };
    Q_ENUM(Role)

    explicit BackupTableModel(QObject* parent = nullptr);

    static QString statusText(const QString& status);
    /// "passed 12 Mar 14:02", "failed: 2 problems", "running", "not verified".
    static QString verificationText(const Backup& backup);
    static QString triggerText(const Backup& backup);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Backup& backup) const override { return backup.id; }
};

}  // namespace recops::console
