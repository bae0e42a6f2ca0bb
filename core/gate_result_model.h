// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/gate_result.h"
#include "core/record_table_model.h"

namespace recops::console {

/// The gates of a transition: each gate, its verdict (in words), actual and threshold
/// values, and recopsd's detail.
class GateResultModel : public RecordTableModel<GateResult> {
    Q_OBJECT

public:
    enum Column {
        GateColumn,
        VerdictColumn,
        ActualColumn,
        ThresholdColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        PassedRole,  ///< bool
    };
    Q_ENUM(Role)

    explicit GateResultModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const GateResult& gate) const override { return gate.gate; }
};

}  // namespace recops::console
