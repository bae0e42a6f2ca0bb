// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_metrics.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace recops::console {

/**
 * One version's metrics.json as a table: a row per metric, a column for the overall
 * figure and one per cohort (established users, new users...), each cohort's definition
 * in its header's tooltip.
 */
class CohortMetricsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MetricColumn, OverallColumn, FirstCohortColumn };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< the number, for sorting
    };
    Q_ENUM(Role)

    explicit CohortMetricsModel(QObject* parent = nullptr);

    void setMetrics(const ModelMetrics& metrics);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ModelMetrics m_metrics;
    QStringList m_names;
};

}  // namespace recops::console
