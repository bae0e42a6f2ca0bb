// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/slo_chart_view.h"

#include "core/chart_downsampler.h"

#include <algorithm>
#include <limits>

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace recops::console {

namespace {
constexpr qint64 kTwoDaysMs = 2LL * 24 * 3600 * 1000;
}  // namespace

SloChartView::SloChartView(const QString& title, const QString& unit, Scale scale, QWidget* parent)
    // The chart is given at construction: setChart() would orphan the default chart.
    : QChartView(new QChart(), parent)
    , m_scale(scale)
    , m_objectiveLine(new QLineSeries(this))
    , m_breachUpper(new QLineSeries(this))
    , m_breachLower(new QLineSeries(this))
    , m_breachArea(new QAreaSeries(m_breachUpper, m_breachLower))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_valueAxis(new QValueAxis(this)) {
    setAccessibleName(tr("%1 chart").arg(title));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 150);

    QChart* chart = this->chart();
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);

    m_breachArea->setName(tr("Objective broken"));
    m_breachArea->setColor(QColor(0xc6, 0x28, 0x28, 48));
    m_breachArea->setBorderColor(Qt::transparent);
    chart->addSeries(m_breachArea);

    QPen objectivePen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine);
    m_objectiveLine->setPen(objectivePen);
    chart->addSeries(m_objectiveLine);

    m_timeAxis->setTickCount(5);
    m_valueAxis->setTitleText(unit);
    m_valueAxis->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(m_breachArea),
                                    static_cast<QAbstractSeries*>(m_objectiveLine)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
    m_objectiveLine->setVisible(false);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setTimeRange(now - 3'600'000, now);
}

QString SloChartView::title() const {
    return chart()->title();
}

void SloChartView::addLine(const QString& key, const QString& label, const QColor& color) {
    auto* series = new QLineSeries(this);
    series->setName(label);
    series->setPen(QPen(color, 1.5));
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    m_lines.insert(key, Line{series, {}});
    m_order.append(key);
    chart()->legend()->setVisible(m_order.size() > 1);
}

qsizetype SloChartView::pointCount(const QString& key) const {
    return m_lines.value(key).points.size();
}

qsizetype SloChartView::drawnPointCount(const QString& key) const {
    const Line line = m_lines.value(key);
    return line.series ? line.series->count() : 0;
}

void SloChartView::setPoints(const QString& key, const QList<QPointF>& points) {
    auto found = m_lines.find(key);
    if (found == m_lines.end()) {
        return;
    }
    found->points = points;
    redrawLine(key);
    fitValueAxis();
}

void SloChartView::setObjective(std::optional<double> value, const QString& label) {
    m_objective = value;
    m_objectiveLine->setName(label);
    m_objectiveLine->setVisible(value.has_value());
    chart()->legend()->setVisible(m_order.size() > 1 || value.has_value());
    redraw();
}

void SloChartView::setBreaches(const QList<TimeInterval>& spans) {
    m_breaches = spans;
    fitValueAxis();
}

void SloChartView::setTimeRange(qint64 fromMs, qint64 toMs) {
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_timeAxis->setFormat(toMs - fromMs > kTwoDaysMs ? QStringLiteral("dd.MM HH:mm")
                                                     : QStringLiteral("HH:mm"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs),
                         QDateTime::fromMSecsSinceEpoch(toMs));
    redraw();
}

void SloChartView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    redraw();  // thinned to the new width
}

int SloChartView::plotWidthPixels() const {
    const int plot = static_cast<int>(chart()->plotArea().width());
    return std::max(100, plot > 0 ? plot : width());
}

void SloChartView::redraw() {
    for (const QString& key : std::as_const(m_order)) {
        redrawLine(key);
    }
    fitValueAxis();
}

void SloChartView::redrawLine(const QString& key) {
    const Line& line = m_lines[key];
    // A few points (drift, sampled once a poll) are marks as well: a lone one has no line.
    constexpr qsizetype kMarkedBelow = 50;
    line.series->setPointsVisible(line.points.size() < kMarkedBelow);
    line.series->replace(ChartDownsampler::downsample(line.points, plotWidthPixels()));
}

void SloChartView::fitValueAxis() {
    double lowest = std::numeric_limits<double>::max();
    double highest = std::numeric_limits<double>::lowest();
    for (const QString& key : std::as_const(m_order)) {
        for (const QPointF& point : m_lines.value(key).points) {
            lowest = std::min(lowest, point.y());
            highest = std::max(highest, point.y());
        }
    }
    if (m_objective) {
        lowest = std::min(lowest, *m_objective);
        highest = std::max(highest, *m_objective);
    }
    if (lowest > highest) {
        lowest = 0.0;
        highest = 1.0;
    }
    switch (m_scale) {
        case Scale::FromZero:
            lowest = std::min(0.0, lowest);
            highest = std::max(highest * 1.15, lowest + 1e-9);
            break;
        case Scale::Percent:
            // Availability near 100 % is read in its last digits: fit, but stay within 0–100.
            lowest = std::max(0.0, lowest - (highest - lowest) * 0.15 - 0.01);
            highest = std::min(100.0, highest + (highest - lowest) * 0.15 + 0.01);
            break;
        case Scale::Fitted: {
            const double margin = std::max((highest - lowest) * 0.15, 0.01);
            lowest -= margin;
            highest += margin;
            break;
        }
    }
    m_valueAxis->setRange(lowest, highest);
    if (m_scale == Scale::FromZero) {
        m_valueAxis->applyNiceNumbers();
    }

    if (m_objective) {
        m_objectiveLine->replace({QPointF(static_cast<qreal>(m_fromMs), *m_objective),
                                  QPointF(static_cast<qreal>(m_toMs), *m_objective)});
    }
    // One area for every span: the upper line steps up at each start and down at each end,
    // the lower one lies on the axis.
    const double bottom = m_valueAxis->min();
    const double top = m_valueAxis->max();
    QList<QPointF> upper;
    upper.reserve(m_breaches.size() * 4);
    for (const TimeInterval& span : std::as_const(m_breaches)) {
        upper.append(QPointF(static_cast<qreal>(span.fromMs), bottom));
        upper.append(QPointF(static_cast<qreal>(span.fromMs), top));
        upper.append(QPointF(static_cast<qreal>(span.toMs), top));
        upper.append(QPointF(static_cast<qreal>(span.toMs), bottom));
    }
    m_breachUpper->replace(upper);
    m_breachLower->replace(upper.isEmpty()
                               ? QList<QPointF>()
                               : QList<QPointF>{QPointF(upper.constFirst().x(), bottom),
                                                QPointF(upper.constLast().x(), bottom)});
    m_breachArea->setVisible(!m_breaches.isEmpty());
}

}  // namespace recops::console
