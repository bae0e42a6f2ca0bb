// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/record_table_model.h"
#include "core/silence.h"

namespace recops::console {

/// The silences as a table: state, matchers, from, until, created by, comment.
class SilenceTableModel : public RecordTableModel<Silence> {
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        MatchersColumn,
        StartsColumn,
        EndsColumn,
        CreatedByColumn,
        CommentColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,       ///< QString
        ExpiredRole,  ///< bool
    };
    Q_ENUM(Role)

    explicit SilenceTableModel(QObject* parent = nullptr);

    static QString stateText(const QString& state);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const Silence& silence) const override { return silence.id; }
};

}  // namespace recops::console
