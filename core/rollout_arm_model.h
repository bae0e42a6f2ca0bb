// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/rollout_status.h"

#include <QAbstractTableModel>

namespace recops::console {

/**
 * A canary's two arms side by side: a row per live figure (requests, errors, error rate,
 * p50/p95/p99 latency, engagements, click-through), a column for Production and one for
 * the candidate, whose cells also say whether the candidate does better or worse.
 */
class RolloutArmModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FigureColumn, ProductionColumn, CandidateColumn, ColumnCount };
    enum Figure {
        Requests,
        Errors,
        ErrorRate,
        LatencyP50,
        LatencyP95,
        LatencyP99,
        Engagements,
        ClickThrough,
        FigureCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        VerdictRole,  ///< int: a MetricVerdict of the candidate against Production
    };
    Q_ENUM(Role)

    explicit RolloutArmModel(QObject* parent = nullptr);

    /// Shows @p status's arms; an inactive rollout empties the table.
    void setStatus(const RolloutStatus& status);
    bool isActive() const { return m_active; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString figureName(Figure figure);
    static double value(const RolloutArm& arm, Figure figure);

private:
    bool m_active = false;
    RolloutArm m_production;
    RolloutArm m_candidate;
};

}  // namespace recops::console
