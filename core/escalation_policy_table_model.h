// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/escalation_policy.h"
#include "core/record_table_model.h"

namespace recops::console {

/// The escalation policies in the order recopsd tries them: which alerts, levels, repeat.
class EscalationPolicyTableModel : public RecordTableModel<EscalationPolicy> {
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, MatchersColumn, LevelsColumn, RepeatColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,  ///< QString
    };
    Q_ENUM(Role)

    explicit EscalationPolicyTableModel(QObject* parent = nullptr);

    /// "1: alice → 5 min → 2: bob, carol".
    static QString levelsText(const EscalationPolicy& policy);
    /// "5 min", "30 s", "1 h".
    static QString delayText(double seconds);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const EscalationPolicy& policy) const override { return policy.id; }
};

}  // namespace recops::console
