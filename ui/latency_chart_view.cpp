// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/latency_chart_view.h"

#include "core/latency_history_model.h"

#include <algorithm>

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace recops::console {

namespace {

// The rows of the history whose health check was answered.
QSortFilterProxyModel* answeredSamples(LatencyHistoryModel* model, QObject* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setFilterRole(LatencyHistoryModel::SucceededRole);
    proxy->setFilterFixedString(QStringLiteral("true"));
    return proxy;
}

void plotAgainstTime(QXYSeries* series, QAbstractItemModel* model, QObject* parent) {
    auto* mapper = new QVXYModelMapper(parent);
    mapper->setXColumn(LatencyHistoryModel::TimeColumn);
    mapper->setYColumn(LatencyHistoryModel::LatencyColumn);
    mapper->setSeries(series);
    mapper->setModel(model);
}

}  // namespace

LatencyChartView::LatencyChartView(LatencyHistoryModel* model, QWidget* parent)
    // The chart is given at construction: setChart() would orphan the default chart.
    : QChartView(new QChart(), parent)
    , m_model(model)
    , m_answered(new QLineSeries(this))
    , m_failed(new QScatterSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_latencyAxis(new QValueAxis(this)) {
    setAccessibleName(tr("Health-check round trip chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);

    QChart* chart = this->chart();
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    m_answered->setName(tr("Answered (ms)"));
    m_answered->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    m_answered->setPointsVisible(true);  // a first, lone sample shows too
    m_answered->setMarkerSize(6);
    m_failed->setName(tr("No answer"));
    m_failed->setColor(QColor(0xc6, 0x28, 0x28));
    m_failed->setBorderColor(QColor(0xc6, 0x28, 0x28));
    m_failed->setMarkerSize(9);
    chart->addSeries(m_answered);
    chart->addSeries(m_failed);

    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(5);
    m_latencyAxis->setTitleText(tr("ms"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_latencyAxis, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(m_answered), static_cast<QAbstractSeries*>(m_failed)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_latencyAxis);
    }

    plotAgainstTime(m_answered, answeredSamples(model, this), this);

    connect(model, &QAbstractItemModel::rowsInserted, this, &LatencyChartView::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LatencyChartView::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &LatencyChartView::refresh);
    refresh();
}

int LatencyChartView::answeredPointCount() const {
    return static_cast<int>(m_answered->count());
}

int LatencyChartView::failedPointCount() const {
    return static_cast<int>(m_failed->count());
}

void LatencyChartView::refresh() {
    const int rows = m_model->rowCount();
    // Failed checks sit on the time axis: their "latency" is only how long failing took.
    QList<QPointF> failures;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (!index.data(LatencyHistoryModel::SucceededRole).toBool()) {
            failures.append(QPointF(index.data(Qt::DisplayRole).toDouble(), 0.0));
        }
    }
    m_failed->replace(failures);

    const QDateTime now = QDateTime::currentDateTime();
    if (rows == 0) {
        m_timeAxis->setRange(now.addSecs(-60), now);
        m_latencyAxis->setRange(0.0, 1.0);
        return;
    }
    const auto timeAt = [this](int row) {
        return m_model->index(row, 0).data(LatencyHistoryModel::TimestampRole).toDateTime();
    };
    QDateTime first = timeAt(0).toLocalTime();
    QDateTime last = timeAt(rows - 1).toLocalTime();
    if (first.secsTo(last) < 60) {
        first = last.addSecs(-60);  // at least a minute, so early points do not fill the chart
    }
    // A little room on the right, so the newest mark is not cut by the plot's edge.
    m_timeAxis->setRange(first, last.addMSecs(std::max<qint64>(1'000, first.msecsTo(last) / 40)));
    m_latencyAxis->setRange(0.0, std::max(1.0, m_model->maximumLatencyMs() * 1.25));
    m_latencyAxis->applyNiceNumbers();  // ticks at 0, 2, 4... rather than 0, 2.14, 4.28
}

}  // namespace recops::console
