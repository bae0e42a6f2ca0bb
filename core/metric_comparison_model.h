// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_metrics.h"
#include "core/registry_format.h"

#include <optional>

#include <QAbstractTableModel>
#include <QList>

namespace recops::console {

/**
 * Two versions' metrics side by side: every metric overall and in every cohort, the
 * baseline's value, the candidate's, the difference (arrow, sign, relative change) and
 * whether that is better or worse for that metric.
 *
 * The verdict is a column of its own and a role, so it reads without colour; the view
 * colours it on top.
 */
class MetricComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ScopeColumn,
        MetricColumn,
        BaselineColumn,
        CandidateColumn,
        DifferenceColumn,
        VerdictColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< numbers for the value columns, relative change for
                                      ///< the difference
        VerdictRole,                  ///< int: a MetricVerdict
        ScopeRole,                    ///< "overall" or the cohort's name
    };
    Q_ENUM(Role)

    explicit MetricComparisonModel(QObject* parent = nullptr);

    /// Compares @p candidate (version @p candidateVersion) with @p baseline.
    void compare(int baselineVersion, const ModelMetrics& baseline, int candidateVersion,
                 const ModelMetrics& candidate);
    void clear();
    /// How many metrics got better and worse.
    int count(MetricVerdict verdict) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The words for the "overall" scope.
    static QString overallScope();

private:
    struct Row {
        QString scope;
        QString metric;
        std::optional<double> baseline;
        std::optional<double> candidate;
        MetricVerdict verdict = MetricVerdict::NotComparable;
    };
    void addScope(const QString& scope, const QMap<QString, double>& baseline,
                  const QMap<QString, double>& candidate);

    QList<Row> m_rows;
    int m_baselineVersion = 0;
    int m_candidateVersion = 0;
};

}  // namespace recops::console
