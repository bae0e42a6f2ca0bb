// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The service-level half of the dashboard: binds ServiceLevelHistory (the data, in core)
// to the SLO cards and seven SloChartViews. What a chart's objective is comes from the SLO
// report where recopsd has an SLO (latency, errors, availability), from the drift report's
// moderate band for drift, and from the runbooks' 85 % for the cache.
#include "ui/service_level_panel.h"

#include "core/server_connection.h"
#include "core/service_level_history.h"
#include "core/slo_math.h"
#include "core/slo_table_model.h"
#include "ui/slo_chart_view.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace recops::console {

namespace {

const QColor kBlue(0x15, 0x65, 0xc0);
const QColor kTeal(0x00, 0x89, 0x7b);
const QColor kOrange(0xef, 0x6c, 0x00);
const QColor kPurple(0x6a, 0x1b, 0x9a);

QString latencyKey(const char* percentile) {
    return QStringLiteral("latency_") + QLatin1StringView(percentile);
}

}  // namespace

ServiceLevelPanel::ServiceLevelPanel(ServerConnection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_history(new ServiceLevelHistory(connection, this))
    , m_sloModel(new SloTableModel(this))
    , m_sortedSlos(new QSortFilterProxyModel(this))
    , m_rangeBox(new QComboBox(this))
    , m_pauseButton(new QPushButton(tr("&Pause refresh"), this))
    , m_refreshNote(new QLabel(this))
    , m_cards(new QHBoxLayout)
    , m_grid(new QGridLayout) {
    setAccessibleName(tr("Service levels"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeBox);
    for (ChartRange range : ChartRanges::all()) {
        m_rangeBox->addItem(ChartRanges::displayName(range), static_cast<int>(range));
    }
    m_rangeBox->setAccessibleName(tr("Chart time range"));
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(static_cast<int>(m_history->range())));
    connect(m_rangeBox, &QComboBox::activated, this, [this](int index) {
        setRange(static_cast<ChartRange>(m_rangeBox->itemData(index).toInt()));
    });
    m_pauseButton->setCheckable(true);
    m_pauseButton->setAccessibleName(tr("Pause automatic refresh"));
    connect(m_pauseButton, &QPushButton::toggled, this, &ServiceLevelPanel::setPaused);
    m_refreshNote->setAccessibleName(tr("Chart refresh"));
    m_refreshNote->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_refreshNote, 1);
    layout->addLayout(bar);

    m_sortedSlos->setSourceModel(m_sloModel);
    m_sortedSlos->setSortRole(SloTableModel::SortRole);
    m_sortedSlos->sort(SloTableModel::BudgetColumn, Qt::AscendingOrder);
    layout->addLayout(m_cards);

    addChart(QStringLiteral("request_rate"),
             new SloChartView(tr("Request rate"), tr("req/s"), SloChartView::Scale::FromZero, this),
             0, 0)
        ->addLine(QStringLiteral("request_rate"), tr("requests/s"), kBlue);
    SloChartView* latency = addChart(
        QStringLiteral("latency"),
        new SloChartView(tr("Latency"), tr("ms"), SloChartView::Scale::FromZero, this), 0, 1);
    latency->addLine(latencyKey("p50"), tr("P50"), kTeal);
    latency->addLine(latencyKey("p95"), tr("P95"), kBlue);
    latency->addLine(latencyKey("p99"), tr("P99"), kPurple);
    addChart(QStringLiteral("error_rate"),
             new SloChartView(tr("5xx error rate"), tr("%"), SloChartView::Scale::FromZero, this),
             0, 2)
        ->addLine(QStringLiteral("error_rate_5xx"), tr("5xx"), kOrange);
    addChart(QStringLiteral("availability"),
             new SloChartView(tr("Availability"), tr("%"), SloChartView::Scale::Percent, this), 0,
             3)
        ->addLine(QStringLiteral("availability"), tr("availability"), kBlue);
    addChart(QStringLiteral("budget"),
             new SloChartView(tr("Error budget left (availability)"), tr("%"),
                              SloChartView::Scale::Fitted, this),
             1, 0)
        ->addLine(QStringLiteral("budget"), tr("budget left"), kPurple);
    addChart(QStringLiteral("cache_hit_rate"),
             new SloChartView(tr("Cache hit rate"), tr("%"), SloChartView::Scale::Percent, this), 1,
             1)
        ->addLine(QStringLiteral("cache_hit_rate"), tr("hits"), kTeal);
    addChart(QStringLiteral("drift"),
             new SloChartView(tr("Data drift (largest PSI)"), tr("PSI"),
                              SloChartView::Scale::FromZero, this),
             1, 2)
        ->addLine(QLatin1StringView(ServiceLevelHistory::kDriftSeries), tr("PSI"), kOrange);
    m_charts.value(QStringLiteral("cache_hit_rate"))
        ->setObjective(kCacheHitObjectivePercent, tr("objective 85 %"));
    m_charts.value(QStringLiteral("budget"))->setObjective(0.0, tr("budget spent"));
    layout->addLayout(m_grid, 1);

    connect(m_history, &ServiceLevelHistory::sloChanged, this, &ServiceLevelPanel::showSlo);
    connect(m_history, &ServiceLevelHistory::seriesChanged, this, &ServiceLevelPanel::showSeries);
    connect(m_history, &ServiceLevelHistory::stateChanged, this, &ServiceLevelPanel::followState);
    connect(m_sortedSlos, &QAbstractItemModel::dataChanged, this, &ServiceLevelPanel::showCards);
    connect(m_sortedSlos, &QAbstractItemModel::modelReset, this, &ServiceLevelPanel::showCards);
    connect(m_sortedSlos, &QAbstractItemModel::layoutChanged, this, &ServiceLevelPanel::showCards);
    showSlo();
    followState();
}

SloChartView* ServiceLevelPanel::addChart(const QString& key, SloChartView* chart, int row,
                                          int column) {
    m_charts.insert(key, chart);
    m_grid->addWidget(chart, row, column);
    return chart;
}

QList<SloChartView*> ServiceLevelPanel::charts() const {
    QList<SloChartView*> all;
    for (const char* key : {"request_rate", "latency", "error_rate", "availability", "budget",
                            "cache_hit_rate", "drift"}) {
        all.append(m_charts.value(QLatin1StringView(key)));
    }
    return all;
}

void ServiceLevelPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_history->setActive(true);
}

void ServiceLevelPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    // Not shown, nothing fetched; the data stays for when it is shown again.
    m_history->setActive(false);
}

void ServiceLevelPanel::setRange(ChartRange range) {
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(static_cast<int>(range)));
    m_history->setRange(range);
}

void ServiceLevelPanel::setPaused(bool paused) {
    m_pauseButton->setChecked(paused);
    m_history->setPaused(paused);
}

void ServiceLevelPanel::followState() {
    const bool paused = m_history->isPaused();
    m_pauseButton->setText(paused ? tr("&Resume refresh") : tr("&Pause refresh"));
    m_pauseButton->setAccessibleName(paused ? tr("Resume automatic refresh")
                                            : tr("Pause automatic refresh"));
    m_refreshNote->setText(
        paused ? tr("Paused: the charts keep what they show.")
               : tr("Refreshes every %1 s").arg(m_history->refreshIntervalMs() / 1000));
    for (SloChartView* chart : charts()) {
        chart->setTimeRange(m_history->rangeFromMs(), m_history->rangeToMs());
    }
}

void ServiceLevelPanel::showSlo() {
    const std::optional<SloReportList>& report = m_history->slo();
    m_sloModel->setRecords(report ? report->slos : QList<SloReport>());
    m_sortedSlos->invalidate();
    showLatency();
    showErrorRate();
    showAvailability();
    showCards();
}

void ServiceLevelPanel::showSeries(const QString& series) {
    for (SloChartView* chart : charts()) {
        chart->setTimeRange(m_history->rangeFromMs(), m_history->rangeToMs());
    }
    if (series == u"request_rate") {
        m_charts.value(series)->setPoints(series, m_history->points(series));
        showAvailability();  // the budget weighs availability by traffic
    } else if (series.startsWith(u"latency_")) {
        showLatency();
    } else if (series == u"error_rate_5xx") {
        showErrorRate();
    } else if (series == u"availability") {
        showAvailability();
    } else if (series == u"cache_hit_rate") {
        showCacheHitRate();
    } else if (series == QLatin1StringView(ServiceLevelHistory::kDriftSeries)) {
        showDrift();
    }
}

void ServiceLevelPanel::showLatency() {
    SloChartView* chart = m_charts.value(QStringLiteral("latency"));
    for (const char* percentile : {"p50", "p95", "p99"}) {
        chart->setPoints(latencyKey(percentile), m_history->points(latencyKey(percentile)));
    }
    const SloReport* p95 =
        m_history->slo() ? m_history->slo()->find(QStringLiteral("latency_p95")) : nullptr;
    const std::optional<double> threshold = p95 ? p95->latencyThresholdMs : std::nullopt;
    chart->setObjective(
        threshold, threshold ? tr("P95 objective %1 ms").arg(QLocale().toString(*threshold, 'g', 4))
                             : QString());
    chart->setBreaches(threshold ? SloMath::breaches(m_history->points(latencyKey("p95")),
                                                     *threshold, SloMath::Breach::Above)
                                 : QList<TimeInterval>());
}

void ServiceLevelPanel::showErrorRate() {
    SloChartView* chart = m_charts.value(QStringLiteral("error_rate"));
    const QList<QPointF> points = m_history->points(QStringLiteral("error_rate_5xx"));
    chart->setPoints(QStringLiteral("error_rate_5xx"), points);
    const SloReport* slo =
        m_history->slo() ? m_history->slo()->find(QStringLiteral("error_rate")) : nullptr;
    const std::optional<double> allowed =
        slo ? std::optional<double>((1.0 - slo->objective) * 100.0) : std::nullopt;
    chart->setObjective(
        allowed,
        allowed ? tr("objective ≤ %1 %").arg(QLocale().toString(*allowed, 'g', 3)) : QString());
    chart->setBreaches(allowed ? SloMath::breaches(points, *allowed, SloMath::Breach::Above)
                               : QList<TimeInterval>());
}

void ServiceLevelPanel::showAvailability() {
    SloChartView* chart = m_charts.value(QStringLiteral("availability"));
    const QList<QPointF> points = m_history->points(QStringLiteral("availability"));
    chart->setPoints(QStringLiteral("availability"), points);
    const SloReport* slo =
        m_history->slo() ? m_history->slo()->find(QStringLiteral("availability")) : nullptr;
    const std::optional<double> objective =
        slo ? std::optional<double>(slo->objective * 100.0) : std::nullopt;
    chart->setObjective(
        objective,
        objective ? tr("objective %1 %").arg(QLocale().toString(*objective, 'g', 4)) : QString());
    chart->setBreaches(objective ? SloMath::breaches(points, *objective, SloMath::Breach::Below)
                                 : QList<TimeInterval>());

    // The budget over the range: availability (back to a ratio) weighed by traffic.
    QList<QPointF> ratios = points;
    for (QPointF& point : ratios) {
        point.setY(point.y() / 100.0);
    }
    QList<QPointF> budget =
        slo ? SloMath::budgetBurnDown(ratios, m_history->points(QStringLiteral("request_rate")),
                                      slo->objective)
            : QList<QPointF>();
    for (QPointF& point : budget) {
        point.setY(point.y() * 100.0);
    }
    SloChartView* budgetChart = m_charts.value(QStringLiteral("budget"));
    budgetChart->setPoints(QStringLiteral("budget"), budget);
    budgetChart->setBreaches(SloMath::breaches(budget, 0.0, SloMath::Breach::Below));
}

void ServiceLevelPanel::showCacheHitRate() {
    SloChartView* chart = m_charts.value(QStringLiteral("cache_hit_rate"));
    const QList<QPointF> points = m_history->points(QStringLiteral("cache_hit_rate"));
    chart->setPoints(QStringLiteral("cache_hit_rate"), points);
    chart->setBreaches(
        SloMath::breaches(points, kCacheHitObjectivePercent, SloMath::Breach::Below));
}

void ServiceLevelPanel::showDrift() {
    SloChartView* chart = m_charts.value(QStringLiteral("drift"));
    const QString key = QLatin1StringView(ServiceLevelHistory::kDriftSeries);
    const QList<QPointF> points = m_history->points(key);
    chart->setPoints(key, points);
    constexpr double kModeratePsi = 0.2;  // DriftReport's default; the band recopsd alerts on
    chart->setObjective(kModeratePsi, tr("PSI 0.2 (drift)"));
    chart->setBreaches(SloMath::breaches(points, kModeratePsi, SloMath::Breach::Above));
}

QStringList ServiceLevelPanel::cardTexts() const {
    QStringList texts;
    for (int index = 0; index < m_cards->count(); ++index) {
        if (auto* label = qobject_cast<QLabel*>(m_cards->itemAt(index)->widget())) {
            texts.append(label->accessibleDescription());
        }
    }
    return texts;
}

void ServiceLevelPanel::showCards() {
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_sortedSlos->rowCount() == 0) {
        auto* none = new QLabel(tr("No SLO report yet."), this);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_cards->addWidget(none);
        return;
    }
    for (int row = 0; row < m_sortedSlos->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            return m_sortedSlos->index(row, column).data().toString();
        };
        const QVariant met = m_sortedSlos->index(row, 0).data(SloTableModel::MetRole);
        const QColor background = !met.isValid() ? QColor(0xee, 0xee, 0xee)
                                  : met.toBool() ? QColor(0xe6, 0xf4, 0xea)
                                                 : QColor(0xfd, 0xec, 0xea);
        auto* card = new QLabel(this);
        card->setTextFormat(Qt::RichText);
        card->setText(
            tr("<b>%1</b> — %2<br>now %3 · objective %4<br>budget left <b>%5</b><br>"
               "burn %6 (1h/5m) · %7 (6h/30m) · %8 (3d/6h)")
                .arg(cell(SloTableModel::NameColumn), cell(SloTableModel::MetColumn),
                     cell(SloTableModel::SliColumn), cell(SloTableModel::ObjectiveColumn),
                     cell(SloTableModel::BudgetColumn), cell(SloTableModel::FastBurnColumn),
                     cell(SloTableModel::MediumBurnColumn), cell(SloTableModel::SlowBurnColumn)));
        card->setAccessibleName(cell(SloTableModel::NameColumn));
        card->setAccessibleDescription(
            tr("%1: %2, now %3, budget left %4, burn rates %5, %6, %7")
                .arg(cell(SloTableModel::NameColumn), cell(SloTableModel::MetColumn),
                     cell(SloTableModel::SliColumn), cell(SloTableModel::BudgetColumn),
                     cell(SloTableModel::FastBurnColumn), cell(SloTableModel::MediumBurnColumn),
                     cell(SloTableModel::SlowBurnColumn)));
        card->setFocusPolicy(Qt::TabFocus);  // read by a screen reader, one card at a time
        card->setAutoFillBackground(true);
        QPalette palette = card->palette();
        palette.setColor(QPalette::Window, background);
        palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        card->setPalette(palette);
        card->setMargin(6);
        card->setWordWrap(true);
        m_cards->addWidget(card, 1);
    }
}

}  // namespace recops::console
