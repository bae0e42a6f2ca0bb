// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace recops::console {

class LatencyHistoryModel;

/**
 * The round trip of recent health checks as a line, with failed checks as red marks on
 * the time axis. Binds a LatencyHistoryModel through QVXYModelMapper; draws, decides
 * nothing.
 */
class LatencyChartView : public QChartView {
    Q_OBJECT

public:
    explicit LatencyChartView(LatencyHistoryModel* model, QWidget* parent = nullptr);

    /// Points on the line (successful checks) and marks (failed ones), for tests.
    int answeredPointCount() const;
    int failedPointCount() const;

private:
    void refresh();

    LatencyHistoryModel* m_model;
    QLineSeries* m_answered;
    QScatterSeries* m_failed;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_latencyAxis;
};

}  // namespace recops::console
