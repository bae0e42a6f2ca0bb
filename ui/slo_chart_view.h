// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/slo_math.h"

#include <optional>

#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QStringList>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace recops::console {

/**
 * One chart of the dashboard: a few lines against time, an objective as a dashed line,
 * and the spans that broke it shaded.
 *
 * It keeps every point it is given and draws them thinned by ChartDownsampler to the
 * plot's width in pixels, through QLineSeries::replace() with a prepared list (one repaint
 * per line rather than one per point), and again when it is resized: 30 days of minutes
 * cost what a thousand points cost. OpenGL stays off, so it draws offscreen and in
 * screenshots as on screen.
 */
class SloChartView : public QChartView {
    Q_OBJECT

public:
    /// How the value axis is bounded.
    enum class Scale { FromZero, Percent, Fitted };

    SloChartView(const QString& title, const QString& unit, Scale scale, QWidget* parent = nullptr);

    /// Adds a line called @p key, shown in the legend as @p label.
    void addLine(const QString& key, const QString& label, const QColor& color);
    /// The points of line @p key, (Unix ms, value) sorted by time.
    void setPoints(const QString& key, const QList<QPointF>& points);
    /// The objective, drawn as a dashed line across the range; nullopt hides it.
    void setObjective(std::optional<double> value, const QString& label);
    /// The spans to shade as broken objective.
    void setBreaches(const QList<TimeInterval>& spans);
    void setTimeRange(qint64 fromMs, qint64 toMs);

    /// What the chart was given and what it draws, for tests.
    QStringList lines() const { return m_order; }
    qsizetype pointCount(const QString& key) const;
    qsizetype drawnPointCount(const QString& key) const;
    std::optional<double> objective() const { return m_objective; }
    qsizetype breachCount() const { return m_breaches.size(); }
    QString title() const;
    /// The plot's width in pixels: what the lines are thinned to.
    int plotWidthPixels() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void redraw();
    void redrawLine(const QString& key);
    void fitValueAxis();

    struct Line {
        QLineSeries* series = nullptr;
        QList<QPointF> points;
    };
    Scale m_scale;
    QHash<QString, Line> m_lines;
    QStringList m_order;
    QLineSeries* m_objectiveLine;
    QLineSeries* m_breachUpper;
    QLineSeries* m_breachLower;
    QAreaSeries* m_breachArea;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    std::optional<double> m_objective;
    QList<TimeInterval> m_breaches;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

}  // namespace recops::console
