// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Dashboard's two costs a person waits for, measured offscreen (QT_QPA_PLATFORM is set
// to offscreen unless given):
//   startToFirstPaintedDashboard  the main window built with every page, shown on the
//                                 Dashboard, and painted once (into a pixmap);
//   draw30DaysOfMinutes/thinned   six lines of 43 200 points each handed to SloChartViews
//                                 and painted, as the dashboard does it;
//   draw30DaysOfMinutes/raw       the same points given to QLineSeries::replace() unthinned.
// Process start (loading Qt's libraries) is not in it: one run of the program holds it once.
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "ui/main_window.h"
#include "ui/slo_chart_view.h"

#include <cmath>
#include <memory>

#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QPixmap>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace recops::console;

namespace {

constexpr int kSeries = 6;
constexpr int kMinutesIn30Days = 30 * 24 * 60;

QList<QPointF> thirtyDaysOfMinutes(int seed) {
    QList<QPointF> points;
    points.reserve(kMinutesIn30Days);
    const qint64 start = 1'780'000'000'000;
    for (int minute = 0; minute < kMinutesIn30Days; ++minute) {
        const double wave = std::sin(minute / (60.0 + seed * 7.0)) * 20.0;
        const double noise = ((minute * 2'654'435'761U + seed) % 1000) / 100.0;
        points.append(QPointF(static_cast<qreal>(start + minute * 60'000LL), 50.0 + wave + noise));
    }
    return points;
}

void startToFirstPaintedDashboard(benchmark::State& state) {
    QTemporaryDir directory;
    ProfileStore store;
    if (!store.open(directory.filePath(QStringLiteral("console.sqlite")))) {
        state.SkipWithError("cannot open the profile store");
        return;
    }
    for (auto _ : state) {
        SecretStore secrets(QStringLiteral("recops-console-benchmark"), nullptr);
        ServerConnection connection(&secrets);
        RecentState recent(directory.filePath(QStringLiteral("recent.ini")));
        MainWindow window(&connection, &store, &secrets, &recent);
        window.resize(1280, 800);
        window.showPage(ConsolePage::Dashboard);
        window.show();
        QPixmap painted = window.grab();
        benchmark::DoNotOptimize(painted);
    }
}
BENCHMARK(startToFirstPaintedDashboard)->Unit(benchmark::kMillisecond)->UseRealTime();

void draw30DaysOfMinutes(benchmark::State& state) {
    const bool thinned = state.range(0) == 1;
    QList<QList<QPointF>> series;
    for (int index = 0; index < kSeries; ++index) {
        series.append(thirtyDaysOfMinutes(index));
    }
    // Six charts as on the dashboard, each 300 × 230 pixels.
    std::vector<std::unique_ptr<SloChartView>> charts;
    for (int index = 0; index < kSeries; ++index) {
        auto chart =
            std::make_unique<SloChartView>(QStringLiteral("series %1").arg(index),
                                           QStringLiteral("ms"), SloChartView::Scale::FromZero);
        chart->addLine(QStringLiteral("line"), QStringLiteral("line"), Qt::blue);
        chart->resize(300, 230);
        chart->setTimeRange(static_cast<qint64>(series.at(index).constFirst().x()),
                            static_cast<qint64>(series.at(index).constLast().x()));
        chart->show();
        charts.push_back(std::move(chart));
    }
    for (auto _ : state) {
        for (int index = 0; index < kSeries; ++index) {
            SloChartView* chart = charts.at(static_cast<std::size_t>(index)).get();
            if (thinned) {
                chart->setPoints(QStringLiteral("line"), series.at(index));
            } else {
                // What a chart without thinning does: every point to the series.
                auto* line = qobject_cast<QLineSeries*>(chart->chart()->series().constLast());
                line->replace(series.at(index));
            }
            QPixmap painted = chart->grab();
            benchmark::DoNotOptimize(painted);
        }
    }
    state.counters["points_in"] = kSeries * kMinutesIn30Days;
    state.counters["points_drawn_per_chart"] =
        thinned ? static_cast<double>(charts.front()->drawnPointCount(QStringLiteral("line")))
                : static_cast<double>(kMinutesIn30Days);
}
BENCHMARK(draw30DaysOfMinutes)
    ->ArgName("thinned")
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
