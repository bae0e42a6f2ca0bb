// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/record_table_model.h"
#include "core/registry_change.h"

namespace recops::console {

/**
 * A model's stage history: when, who, which version, what changed (from and to stage, or
 * the alias), the comment, whether it was forced, and the gates' verdict in short (the
 * full gates are in GatesRole, for a detail view).
 */
class StageHistoryModel : public RecordTableModel<RegistryChange> {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WhoColumn,
        VersionColumn,
        ChangeColumn,
        FromColumn,
        ToColumn,
        CommentColumn,
        ForcedColumn,
        GatesColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ForcedRole,  ///< bool
        GatesRole,   ///< QVariant holding QList<GateResult>
    };
    Q_ENUM(Role)

    explicit StageHistoryModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const RegistryChange& change) const override {
        return QString::number(change.id);
    }
};

}  // namespace recops::console

Q_DECLARE_METATYPE(QList<recops::console::GateResult>)
