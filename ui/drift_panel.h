// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/drift_report.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QChartView;
class QLabel;
class QTableView;
class QValueAxis;

namespace recops::console {

class DriftFeatureModel;
class LabelFilterProxyModel;

/**
 * Data drift against the Production version's training window: each feature's PSI in
 * its band (0.2 moderate, 0.3 significant, 0.5 severe; named and coloured), and the
 * selected feature's baseline and live distributions as bars.
 */
class DriftPanel : public QWidget {
    Q_OBJECT

public:
    explicit DriftPanel(QWidget* parent = nullptr);

    void setReport(const DriftReport& report);

    DriftFeatureModel* model() const { return m_features; }
    LabelFilterProxyModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    /// The feature the chart shows; empty when none.
    QString chartedFeature() const { return m_charted; }
    /// Bars in the chart (baseline and live, per bin).
    int barCount() const;
    QString summary() const;

private:
    void chartSelection();

    DriftFeatureModel* m_features;
    LabelFilterProxyModel* m_filter;
    QLabel* m_summary;
    QLabel* m_legend;
    QTableView* m_view;
    QChart* m_chart;
    QChartView* m_chartView;
    QBarSeries* m_series;
    QBarCategoryAxis* m_bins;
    QValueAxis* m_shares;
    QString m_charted;
};

}  // namespace recops::console
