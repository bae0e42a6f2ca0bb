// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Dashboard's service levels against the real recopsd, offscreen: after some traffic
// the charts draw the series recopsd serves (point for point, as GET
// /api/v1/metrics/history answers over the same window), the latency chart's objective is
// the server's P95 threshold (set to 80 ms here, so it cannot be a default), the SLO cards
// are the server's SLOs sorted by budget left, another range fetches again with its own
// step, and pausing stops every fetch until resumed.
#include "core/chart_downsampler.h"
#include "core/chart_history_store.h"
#include "core/chart_range.h"
#include "core/command_registry.h"
#include "core/local_store.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/resource_poller.h"
#include "core/secret_store.h"
#include "core/series_history.h"
#include "core/server_connection.h"
#include "core/service_level_history.h"
#include "core/slo_table_model.h"
#include "integration/support/child_process.h"
#include "integration/support/console_window.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "ui/dashboard_page.h"
#include "ui/main_window.h"
#include "ui/service_level_panel.h"
#include "ui/slo_chart_view.h"

#include <algorithm>
#include <memory>

#include <QComboBox>
#include <QDeadlineTimer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace recops::console;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;
using namespace Qt::StringLiterals;

namespace {

/// A console window on the Dashboard.
struct Console : recops::testing::ConsoleWindow {
    DashboardPage* page() const { return pageAs<DashboardPage>(ConsolePage::Dashboard); }
    ServiceLevelPanel* panel() const { return page()->serviceLevels(); }
    ServiceLevelHistory* history() const { return panel()->history(); }
};

/// The poller of @p series among the history's sources (they carry it in their query).
ResourcePoller* pollerOf(ServiceLevelHistory* history, const QString& series) {
    for (ResourcePoller* source : history->sources()) {
        if (source->query().queryItemValue(QStringLiteral("series")) == series) {
            return source;
        }
    }
    return nullptr;
}

}  // namespace

class ConsoleDashboardTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
        m_dataDirectory = m_directory.filePath(QStringLiteral("data")).toStdString();
        try {
            m_viewer = recops::testing::createToken(m_dataDirectory, "viewer", "grafana");
            m_recopsd.emplace(RecopsdOptions{
                .dataDirectory = m_dataDirectory,
                .arguments = {"--set", "slo.latency_p95_ms=80", "--set", "log.access=off"}});
            // Traffic for the windows: answered calls and some 404s.
            for (int call = 0; call < 40; ++call) {
                get(call % 4 == 0 ? "/api/v1/items/no-such-item" : "/api/v1/whoami");
            }
            m_trafficEndMs = QDateTime::currentMSecsSinceEpoch();
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(m_store.open(m_directory.filePath(QStringLiteral("console.sqlite"))));
    }

    void drawsTheServersSeriesAndItsSloLine() {
        // The seconds of the traffic must be over, and final, before the window compared.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() >= m_trafficEndMs + 5'000,
                                 10'000);
        Console console = open();
        ServiceLevelHistory* history = console.history();
        QVERIFY(settledWithData(console));
        ServiceLevelPanel* panel = console.panel();
        QCOMPARE(history->range(), ChartRange::Hour1);

        // Every series point for point as recopsd answers it over the same window. The last
        // seconds still change (the console's own calls count), so they are left out.
        for (const auto& [series, chartKey] :
             {std::pair{"request_rate", "request_rate"}, std::pair{"latency_p95", "latency"},
              std::pair{"availability", "availability"}}) {
            const QString name = QLatin1StringView(series);
            auto* poller = static_cast<PolledResource<SeriesHistory>*>(pollerOf(history, name));
            QVERIFY(poller && poller->value());
            const SeriesHistory& shown = *poller->value();
            const nlohmann::json answer =
                get("/api/v1/metrics/history?series=" + std::string(series) +
                    "&from=" + iso(shown.fromMs) + "&to=" + iso(shown.toMs) +
                    "&step=" + std::to_string(shown.stepSeconds));
            const qint64 settledBeforeMs = shown.toMs - 3'000;
            QList<double> expected;
            for (const nlohmann::json& point : answer["points"]) {
                const qint64 at =
                    QDateTime::fromString(QString::fromStdString(point["t"].get<std::string>()),
                                          Qt::ISODateWithMs)
                        .toMSecsSinceEpoch();
                if (!point["v"].is_null() && at < settledBeforeMs) {
                    expected.append(point["v"].get<double>());
                }
            }
            QVERIFY2(!expected.isEmpty(), series);
            QList<double> drawn;
            SloChartView* chart = panel->chart(QLatin1StringView(chartKey));
            for (const QPointF& point : history->points(name)) {
                if (point.x() < settledBeforeMs) {
                    drawn.append(point.y());
                }
            }
            QCOMPARE(drawn.size(), expected.size());
            const double scale =
                name == u"request_rate" ? 1.0 : (name == u"availability" ? 100.0 : 1000.0);
            for (qsizetype index = 0; index < drawn.size(); ++index) {
                QVERIFY(qFuzzyCompare(drawn.at(index), expected.at(index) * scale));
            }
            // The chart holds them all and draws them thinned to its width.
            QCOMPARE(chart->pointCount(name), history->points(name).size());
            QCOMPARE(chart->drawnPointCount(name),
                     ChartDownsampler::downsample(history->points(name), chart->plotWidthPixels())
                         .size());
            QVERIFY(chart->drawnPointCount(name) <= 4 * chart->plotWidthPixels());
        }

        // The objective is the server's: 80 ms set on its command line.
        const nlohmann::json slo = get("/api/v1/slo");
        double threshold = 0.0;
        for (const nlohmann::json& each : slo["slos"]) {
            if (each["name"] == "latency_p95") {
                threshold = each["latency_threshold_ms"].get<double>();
            }
        }
        QCOMPARE(threshold, 80.0);
        QCOMPARE(panel->chart(QStringLiteral("latency"))->objective(), std::optional<double>(80.0));
        QCOMPARE(panel->chart(QStringLiteral("latency"))->lines(),
                 (QStringList{u"latency_p50"_s, u"latency_p95"_s, u"latency_p99"_s}));

        // One card per SLO of the server, least budget left first.
        QCOMPARE(panel->sloModel()->rowCount(), static_cast<int>(slo["slos"].size()));
        QCOMPARE(panel->cardTexts().size(), panel->sloModel()->rowCount());
        double previous = -1e300;
        for (int row = 0; row < panel->sortedSlos()->rowCount(); ++row) {
            const double budget = panel->sortedSlos()
                                      ->index(row, SloTableModel::BudgetColumn)
                                      .data(SloTableModel::SortRole)
                                      .toDouble();
            QVERIFY(budget >= previous);
            previous = budget;
        }
    }

    void anotherRangeFetchesAgainWithItsStep() {
        Console console = open();
        ServiceLevelHistory* history = console.history();
        QVERIFY(settledWithData(console));
        auto* requests = static_cast<PolledResource<SeriesHistory>*>(
            pollerOf(history, QStringLiteral("request_rate")));
        QCOMPARE(requests->value()->stepSeconds, ChartRanges::stepSeconds(ChartRange::Hour1));

        // From the palette, as a person would.
        QVERIFY(console.window->commands()->trigger(QStringLiteral("dashboard.range.6h")));
        QCOMPARE(history->range(), ChartRange::Hours6);
        QCOMPARE(console.panel()->rangeBox()->currentText(), u"6 h"_s);
        QTRY_COMPARE_WITH_TIMEOUT(requests->value() ? requests->value()->stepSeconds : 0,
                                  ChartRanges::stepSeconds(ChartRange::Hours6), 15'000);
        // Six hours, less what the query keeps inside recopsd's retention (an interval, a
        // margin and a step at most).
        QVERIFY(requests->value()->toMs - requests->value()->fromMs >= 6LL * 3'600'000 - 180'000);
        QTRY_VERIFY_WITH_TIMEOUT(!history->points(QStringLiteral("request_rate")).isEmpty(),
                                 15'000);
        const SloChartView* chart = console.panel()->chart(QStringLiteral("request_rate"));
        QCOMPARE(chart->pointCount(QStringLiteral("request_rate")),
                 history->points(QStringLiteral("request_rate")).size());
    }

    void pausingStopsEveryFetchUntilResumed() {
        Console console = open();
        ServiceLevelHistory* history = console.history();
        QVERIFY(settledWithData(console));
        console.panel()->setRange(ChartRange::Minutes15);  // the fastest refresh: 5 s
        QTRY_VERIFY_WITH_TIMEOUT(history->isSettled(), 15'000);
        const int intervalMs = history->refreshIntervalMs();
        QCOMPARE(intervalMs, 5'000);
        // Refreshing runs: a new answer within the interval.
        ResourcePoller* requests = pollerOf(history, QStringLiteral("request_rate"));
        const QDateTime before = requests->lastSuccessUtc();
        QTRY_VERIFY_WITH_TIMEOUT(requests->lastSuccessUtc() > before, 3 * intervalMs);

        console.panel()->pauseButton()->click();
        QVERIFY(history->isPaused());
        QCOMPARE(console.panel()->pauseButton()->text(), u"&Resume refresh"_s);
        QVERIFY(!history->sources().isEmpty());
        QHash<ResourcePoller*, QDateTime> attempts;
        for (ResourcePoller* source : history->sources()) {
            QVERIFY(!source->isActive());
            QVERIFY(!source->isFetching());
            attempts.insert(source, source->lastAttemptUtc());
        }
        // Two intervals pass without a single fetch.
        QTest::qWait(2 * intervalMs + 500);
        for (ResourcePoller* source : history->sources()) {
            QCOMPARE(source->lastAttemptUtc(), attempts.value(source));
        }

        console.panel()->pauseButton()->click();
        QVERIFY(!history->isPaused());
        const QDateTime paused = requests->lastSuccessUtc();
        QTRY_VERIFY_WITH_TIMEOUT(requests->lastSuccessUtc() > paused, 3 * intervalMs);
    }

    void drawsFromTheLocalHistoryBeyondWhatTheServerKeeps() {
        // A saved profile with the console's local store: what recopsd answers is written
        // there, and the chart shows the store, older samples included.
        LocalStore local;
        QVERIFY(local.open(m_directory.filePath(QStringLiteral("local-history.sqlite"))));
        const QString profileId = QStringLiteral("saved-profile");
        const QString key = QStringLiteral("metrics.request_rate.%1s")
                                .arg(ChartRanges::stepSeconds(ChartRange::Hour1));
        // Seen by this console 40 minutes ago, before this recopsd started: off the
        // server's step grid, so no answer of the server replaces it.
        const qint64 seenMs = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 40 * 60'000 + 500;
        QVERIFY(local.chartHistory()->append(profileId, key, SeriesSample{seenMs, 123.0}));

        Console console = open(profileId, local.chartHistory());
        ServiceLevelHistory* history = console.history();
        QVERIFY(settledWithData(console));
        const QList<QPointF> points = history->points(QStringLiteral("request_rate"));
        QVERIFY(std::any_of(points.cbegin(), points.cend(), [seenMs](const QPointF& point) {
            return static_cast<qint64>(point.x()) == seenMs && point.y() == 123.0;
        }));
        // The server's answer is in the store too, point for point.
        auto* poller = static_cast<PolledResource<SeriesHistory>*>(
            pollerOf(history, QStringLiteral("request_rate")));
        const SeriesHistory& answer = *poller->value();
        QList<SeriesSample> stored =
            local.chartHistory()->range(profileId, key, answer.fromMs, answer.toMs);
        stored.removeIf([seenMs](const SeriesSample& sample) { return sample.timeMs == seenMs; });
        // One grid across refreshes: each answer's points at the same times.
        QCOMPARE(stored.size(), answer.points.size());
        QCOMPARE(stored.constLast(), answer.points.constLast());
        QCOMPARE(console.panel()
                     ->chart(QStringLiteral("request_rate"))
                     ->pointCount(QStringLiteral("request_rate")),
                 points.size());
    }

private:
    nlohmann::json get(const std::string& path) const {
        const auto response = recops::testing::httpRequest(m_recopsd->url(), "GET", path,
                                                           {recops::testing::bearer(m_viewer)});
        if (path.find("no-such") != std::string::npos) {
            return {};
        }
        if (response.status != 200) {
            throw std::runtime_error(path + " answered " + std::to_string(response.status) + ": " +
                                     response.body);
        }
        return response.json();
    }

    static std::string iso(qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
    }

    Console open(const QString& profileId = QString(), ChartHistoryStore* chartHistory = nullptr) {
        Console console;
        recops::testing::ConsoleWindowOptions options;
        options.url = QString::fromStdString(m_recopsd->url());
        options.token = QString::fromStdString(m_viewer);
        options.page = ConsolePage::Dashboard;
        options.profileName = QStringLiteral("dashboard-test");
        options.profileId = profileId;
        options.profiles = &m_store;
        options.chartHistory = chartHistory;
        options.size = QSize(1280, 800);
        console.open(options);
        return console;
    }

    /// Whether the page settles with an SLO report and request-rate points, in time.
    static bool settledWithData(const Console& console) {
        QDeadlineTimer deadline(20'000);
        while (!deadline.hasExpired()) {
            if (console.page()->isSettled() && console.history()->slo() &&
                !console.history()->points(QStringLiteral("request_rate")).isEmpty()) {
                return true;
            }
            QTest::qWait(50);
        }
        for (ResourcePoller* source : console.history()->sources()) {
            qWarning("%s: state %d, %s", qPrintable(source->title()),
                     static_cast<int>(source->state()),
                     qPrintable(source->lastError().detailedText()));
        }
        return false;
    }

    QTemporaryDir m_directory;
    std::string m_dataDirectory;
    std::optional<RecopsdProcess> m_recopsd;
    ProfileStore m_store;
    std::string m_viewer;
    qint64 m_trafficEndMs = 0;
};

QTEST_MAIN(ConsoleDashboardTest)
#include "console_dashboard_test.moc"
