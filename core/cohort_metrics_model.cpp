// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/cohort_metrics_model.h"

#include "core/metric_comparison_model.h"
#include "core/registry_format.h"

namespace recops::console {

CohortMetricsModel::CohortMetricsModel(QObject* parent) : QAbstractTableModel(parent) {}

void CohortMetricsModel::setMetrics(const ModelMetrics& metrics) {
    if (metrics == m_metrics) {
        return;
    }
    beginResetModel();
    m_metrics = metrics;
    m_names = metrics.names();
    endResetModel();
}

void CohortMetricsModel::clear() {
    setMetrics(ModelMetrics());
}

int CohortMetricsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int CohortMetricsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstCohortColumn + static_cast<int>(m_metrics.cohorts.size());
}

QVariant CohortMetricsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QString& metric = m_names.at(index.row());
    if (index.column() == MetricColumn) {
        return role == Qt::DisplayRole || role == SortRole ? QVariant(metric) : QVariant();
    }
    const QMap<QString, double>& values =
        index.column() == OverallColumn
            ? m_metrics.overall
            : m_metrics.cohorts.at(index.column() - FirstCohortColumn).metrics;
    const auto value = values.constFind(metric);
    switch (role) {
        case Qt::DisplayRole:
            if (value == values.cend()) {
                return QString();
            }
            // Counts (users) read as whole numbers, qualities with four decimals.
            return metric.contains(u'@') ? RegistryFormat::metric(*value)
                                         : QString::number(static_cast<qint64>(*value));
        case SortRole:
            return value == values.cend() ? QVariant() : QVariant(*value);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
    }
}

QVariant CohortMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstCohortColumn) {
        const MetricCohort& cohort = m_metrics.cohorts.at(section - FirstCohortColumn);
        if (role == Qt::DisplayRole) {
            return cohort.name;
        }
        if (role == Qt::ToolTipRole) {
            return cohort.definition;
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    return section == MetricColumn ? tr("Metric") : MetricComparisonModel::overallScope();
}

}  // namespace recops::console
