// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/metric_comparison_model.h"

#include <algorithm>
#include <cmath>

namespace recops::console {

MetricComparisonModel::MetricComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

QString MetricComparisonModel::overallScope() {
    return tr("overall");
}

void MetricComparisonModel::compare(int baselineVersion, const ModelMetrics& baseline,
                                    int candidateVersion, const ModelMetrics& candidate) {
    beginResetModel();
    m_rows.clear();
    m_baselineVersion = baselineVersion;
    m_candidateVersion = candidateVersion;
    addScope(overallScope(), baseline.overall, candidate.overall);
    QStringList cohorts;
    for (const ModelMetrics* metrics : {&baseline, &candidate}) {
        for (const MetricCohort& cohort : metrics->cohorts) {
            if (!cohorts.contains(cohort.name)) {
                cohorts.append(cohort.name);
            }
        }
    }
    for (const QString& name : cohorts) {
        const MetricCohort* left = baseline.cohort(name);
        const MetricCohort* right = candidate.cohort(name);
        addScope(name, left ? left->metrics : QMap<QString, double>(),
                 right ? right->metrics : QMap<QString, double>());
    }
    endResetModel();
}

void MetricComparisonModel::addScope(const QString& scope, const QMap<QString, double>& baseline,
                                     const QMap<QString, double>& candidate) {
    QStringList names = baseline.keys();
    for (const QString& name : candidate.keys()) {
        if (!names.contains(name)) {
            names.append(name);
        }
    }
    for (const QString& metric : ModelMetrics::ordered(names)) {
        Row row{scope, metric, std::nullopt, std::nullopt, MetricVerdict::NotComparable};
        if (const auto it = baseline.constFind(metric); it != baseline.cend()) {
            row.baseline = *it;
        }
        if (const auto it = candidate.constFind(metric); it != candidate.cend()) {
            row.candidate = *it;
        }
        const MetricDirection direction = ModelMetrics::direction(metric);
        if (row.baseline && row.candidate && direction != MetricDirection::Neutral) {
            row.verdict = RegistryFormat::verdict(*row.baseline, *row.candidate,
                                                  direction == MetricDirection::HigherIsBetter);
        }
        m_rows.append(row);
    }
}

void MetricComparisonModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MetricComparisonModel::count(MetricVerdict verdict) const {
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(),
                      [verdict](const Row& row) { return row.verdict == verdict; }));
}

int MetricComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MetricComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricComparisonModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const auto value = [](const std::optional<double>& number) {
        return number ? RegistryFormat::metric(*number) : tr("—");
    };
    switch (role) {
        case VerdictRole:
            return static_cast<int>(row.verdict);
        case ScopeRole:
            return row.scope;
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
                case ScopeColumn:
                    return row.scope;
                case MetricColumn:
                    return row.metric;
                case BaselineColumn:
                    return value(row.baseline);
                case CandidateColumn:
                    return value(row.candidate);
                case DifferenceColumn:
                    return row.baseline && row.candidate
                               ? RegistryFormat::difference(*row.baseline, *row.candidate)
                               : tr("—");
                case VerdictColumn:
                    return RegistryFormat::verdictName(row.verdict);
                default:
                    return {};
            }
        case SortRole:
            switch (index.column()) {
                case BaselineColumn:
                    return row.baseline ? QVariant(*row.baseline) : QVariant();
                case CandidateColumn:
                    return row.candidate ? QVariant(*row.candidate) : QVariant();
                case DifferenceColumn:
                    if (row.baseline && row.candidate && std::abs(*row.baseline) > 0) {
                        return (*row.candidate - *row.baseline) / std::abs(*row.baseline);
                    }
                    return QVariant();
                case VerdictColumn:
                    return static_cast<int>(row.verdict);
                default:
                    return data(index, Qt::DisplayRole);
            }
        case Qt::TextAlignmentRole:
            if (index.column() >= BaselineColumn && index.column() <= DifferenceColumn) {
                return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            }
            return {};
        default:
            return {};
    }
}

QVariant MetricComparisonModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case ScopeColumn:
            return tr("Scope");
        case MetricColumn:
            return tr("Metric");
        case BaselineColumn:
            return tr("Version %1").arg(m_baselineVersion);
        case CandidateColumn:
            return tr("Version %1").arg(m_candidateVersion);
        case DifferenceColumn:
            return tr("Difference");
        case VerdictColumn:
            return tr("Verdict");
        default:
            return {};
    }
}

}  // namespace recops::console
