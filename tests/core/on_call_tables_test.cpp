// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The core of the dashboard's SLO charts and of the Contacts page, without a server: the
// readers of the contract's answers, the tables under QAbstractItemModelTester (behind the
// proxies the pages use), the ranges' steps against recopsd's limits, downsampling, breach
// spans, the error budget's burn-down, and what the editors would refuse before sending.
#include "core/chart_downsampler.h"
#include "core/chart_range.h"
#include "core/contact.h"
#include "core/contact_table_model.h"
#include "core/dry_run_step_model.h"
#include "core/escalation_dry_run.h"
#include "core/escalation_level_model.h"
#include "core/escalation_policy.h"
#include "core/escalation_policy_table_model.h"
#include "core/series_history.h"
#include "core/slo_math.h"
#include "core/slo_report.h"
#include "core/slo_table_model.h"
#include "on_call_fixtures.h"

#include <cmath>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace recops::console;
using namespace Qt::StringLiterals;

namespace {

QJsonDocument json(const char* text) {
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return document;
}

QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole) {
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.append(model.index(row, column).data(role).toString());
    }
    return cells;
}

}  // namespace

class OnCallTablesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void readsTheSloReportAndSortsItsCardsByBudgetLeft() {
        QString error;
        const auto report = SloReportList::fromJson(json(kSlo), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->slos.size(), 3);
        const SloReport* p95 = report->find(QStringLiteral("latency_p95"));
        QVERIFY(p95);
        QCOMPARE(p95->latencyThresholdMs, std::optional<double>(100.0));
        QCOMPARE(p95->met, std::optional<bool>(false));
        QCOMPARE(p95->fastestBurn(), std::optional<double>(20.5));
        QVERIFY(!report->find(QStringLiteral("error_rate"))->met.has_value());

        SloTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(SloTableModel::SortRole);
        sorted.sort(SloTableModel::BudgetColumn, Qt::AscendingOrder);
        QAbstractItemModelTester proxyTester(
            &sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(report->slos);
        // Overspent first, then half spent; no traffic (no budget figure) last.
        QCOMPARE(column(sorted, SloTableModel::NameColumn, SloTableModel::NameRole),
                 (QStringList{u"latency_p95"_s, u"availability"_s, u"error_rate"_s}));
        QCOMPARE(sorted.index(0, SloTableModel::SliColumn).data().toString(), u"142.0 ms"_s);
        QCOMPARE(sorted.index(0, SloTableModel::FastBurnColumn).data().toString(), u"20.50×"_s);
        QCOMPARE(sorted.index(1, SloTableModel::MediumBurnColumn).data().toString(), u"0.30×"_s);
        QCOMPARE(sorted.index(1, SloTableModel::SlowBurnColumn).data().toString(), u"–"_s);
        QCOMPARE(sorted.index(2, SloTableModel::BudgetColumn).data().toString(), u"no traffic"_s);
        QCOMPARE(sorted.index(0, SloTableModel::MetColumn).data().toString(), u"breached"_s);
    }

    void refusesAnSloReportThatBreaksTheContract() {
        QString error;
        QVERIFY(!SloReportList::fromJson(json(kSloBreakingTheContract), &error));
        QVERIFY2(error.contains(u"slos[0]"), qPrintable(error));
    }

    void readsAMetricSeriesWithGaps() {
        QString error;
        const auto series = SeriesHistory::fromJson(json(kLatencySeries), &error);
        QVERIFY2(series, qPrintable(error));
        QCOMPARE(series->points.size(), 3);
        QCOMPARE(series->stepSeconds, 60);
        QVERIFY(!series->points.at(1).value);
        QCOMPARE(series->points.at(2).timeMs - series->points.at(0).timeMs, 120'000);
    }

    void everyRangeAsksForWhatRecopsdServes() {
        for (ChartRange range : ChartRanges::all()) {
            const qint64 step = ChartRanges::stepSeconds(range);
            const qint64 points = ChartRanges::durationMs(range) / 1000 / step;
            QVERIFY2(points <= 11'000, qPrintable(ChartRanges::key(range)));
            QVERIFY(points >= 100);  // still a line, not a few dots
            if (ChartRanges::durationMs(range) > 3'600'000) {
                QCOMPARE(step % 60, 0);  // past the hour recopsd keeps minutes only
            }
        }
        QCOMPARE(ChartRanges::stepSeconds(ChartRange::Minutes15), 1);
        QCOMPARE(ChartRanges::durationMs(ChartRange::Days30), 30LL * 24 * 3600 * 1000);
    }

    void downsamplingKeepsSpikesAndBoundsThePoints() {
        QList<QPointF> points;
        for (int minute = 0; minute < 43'200; ++minute) {  // 30 days of minutes
            points.append(QPointF(minute * 60'000.0, 50.0 + std::sin(minute / 100.0)));
        }
        points[12'345].setY(900.0);  // one spike
        points[30'000].setY(-5.0);   // one dip
        const QList<QPointF> thinned = ChartDownsampler::downsample(points, 800);
        QVERIFY(thinned.size() <= 4 * 800);
        QVERIFY(thinned.size() > 800);
        QCOMPARE(thinned.constFirst(), points.constFirst());
        QCOMPARE(thinned.constLast(), points.constLast());
        QVERIFY(thinned.contains(points.at(12'345)));
        QVERIFY(thinned.contains(points.at(30'000)));
        QVERIFY(std::is_sorted(thinned.cbegin(), thinned.cend(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        // Few points pass untouched.
        const QList<QPointF> few = points.mid(0, 100);
        QCOMPARE(ChartDownsampler::downsample(few, 800), few);
    }

    void findsTheSpansThatBrokeAnObjective() {
        const QList<QPointF> latency{{0, 50}, {1000, 120}, {2000, 130}, {3000, 80}, {4000, 150}};
        QCOMPARE(SloMath::breaches(latency, 100.0, SloMath::Breach::Above),
                 (QList<TimeInterval>{{1000, 3000}, {4000, 4000}}));
        const QList<QPointF> availability{{0, 100}, {1000, 99.0}, {2000, 99.95}};
        QCOMPARE(SloMath::breaches(availability, 99.9, SloMath::Breach::Below),
                 (QList<TimeInterval>{{1000, 2000}}));
        QVERIFY(SloMath::breaches({}, 1.0, SloMath::Breach::Above).isEmpty());
    }

    void burnsTheErrorBudgetDownByTraffic() {
        // 99 % objective: 1 % of requests may fail. 100 req/s throughout.
        const QList<QPointF> rate{{0, 100}, {1, 100}, {2, 100}, {3, 100}};
        const QList<QPointF> availability{{0, 1.0}, {1, 0.995}, {2, 1.0}, {3, 0.95}};
        const QList<QPointF> left = SloMath::budgetBurnDown(availability, rate, 0.99);
        QCOMPARE(left.size(), 4);
        QCOMPARE(left.at(0).y(), 1.0);
        QVERIFY(qFuzzyCompare(left.at(1).y(), 1.0 - 0.5 / 2.0));  // 0.5 bad of 2 allowed
        QVERIFY(qFuzzyCompare(left.at(2).y(), 1.0 - 0.5 / 3.0));
        // 5 more bad: 5.5 of 4 allowed, overspent.
        QVERIFY(qFuzzyCompare(left.at(3).y(), 1.0 - 5.5 / 4.0));
        QVERIFY(left.at(3).y() < 0.0);
    }

    void contactsRoundTripAndAreCheckedBeforeSending() {
        QString error;
        const auto list = ContactList::fromJson(json(kContacts), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->contacts.size(), 3);
        QVERIFY(!list->contacts.at(2).webhook);
        // Written back, a PagerDuty key that was not retyped is left out: the server keeps it.
        const QJsonObject pager = list->toJson().object()[u"contacts"].toArray().at(1).toObject();
        QVERIFY(!pager[u"webhook"].toObject().contains(u"routing_key"));
        QVERIFY(
            list->toJson().object()[u"contacts"].toArray().at(2).toObject()[u"webhook"].isNull());

        Contact bad = list->contacts.at(0);
        QVERIFY(bad.problem().isEmpty());
        bad.id = QStringLiteral("Alice!");
        QVERIFY(bad.problem().contains(u"id"));
        bad = list->contacts.at(0);
        bad.phone = QStringLiteral("call me");
        QVERIFY(bad.problem().contains(u"phone"));
        bad = list->contacts.at(0);
        bad.webhook->url = QStringLiteral("ftp://example.org");
        QVERIFY(bad.problem().contains(u"http"));

        ContactTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(list->contacts);
        QCOMPARE(column(model, ContactTableModel::IdColumn),
                 (QStringList{u"alice"_s, u"pd"_s, u"bob"_s}));
        QCOMPARE(model.index(1, ContactTableModel::WebhookColumn).data().toString(),
                 u"pagerduty: https://events.pagerduty.com (routing key set)"_s);
        QCOMPARE(model.index(2, ContactTableModel::WebhookColumn).data().toString(), u"none"_s);
        model.setRecords(list->contacts.mid(0, 2));
        QCOMPARE(model.rowCount(), 2);
    }

    void policiesRoundTripWithMatchersLevelsAndRepeat() {
        QString error;
        const auto list = EscalationPolicyList::fromJson(json(kPolicies), &error);
        QVERIFY2(list, qPrintable(error));
        const EscalationPolicy& critical = list->policies.at(0);
        QCOMPARE(critical.matcherText(), u"severity=critical"_s);
        QCOMPARE(critical.levels.at(0).delaySeconds, 300.0);
        QCOMPARE(list->policies.at(1).matcherText(), u"every alert"_s);
        QCOMPARE(list->policies.at(1).repeat, 0);
        const QJsonObject written = critical.toJson();
        QCOMPARE(written[u"levels"].toArray().at(1).toObject()[u"contacts"].toArray().size(), 2);
        QCOMPARE(written[u"repeat"].toInt(), 2);

        const QStringList known{u"alice"_s, u"bob"_s, u"pd"_s};
        QVERIFY(critical.problem(known).isEmpty());
        QVERIFY(critical.problem({u"alice"_s}).contains(u"bob"));
        EscalationPolicy empty = critical;
        empty.levels[1].contacts.clear();
        QVERIFY(empty.problem(known).contains(u"Level 2"));
        empty = critical;
        empty.repeat = 11;
        QVERIFY(!empty.problem(known).isEmpty());

        const auto parsed = EscalationPolicy::parseMatchers(
            u"alertname=~High.*, severity!=info,team = ml"_s, &error);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 3);
        QCOMPARE(parsed->at(0).op, u"=~"_s);
        QCOMPARE(parsed->at(0).value, u"High.*"_s);
        QCOMPARE(parsed->at(2).text(), u"team=ml"_s);
        QVERIFY(!EscalationPolicy::parseMatchers(u"9lives=x"_s, &error));
        QVERIFY(error.contains(u"9lives"));

        EscalationPolicyTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(list->policies);
        QCOMPARE(model.index(0, EscalationPolicyTableModel::LevelsColumn).data().toString(),
                 u"1: alice → 5 min → 2: bob, pd"_s);
        QCOMPARE(model.index(1, EscalationPolicyTableModel::NameColumn).data().toString(),
                 u"rest"_s);
    }

    void theLevelEditorInsertsRemovesMovesAndEdits() {
        EscalationLevelModel levels;
        QAbstractItemModelTester tester(&levels,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        levels.setLevels({EscalationLevel{{u"alice"_s}, 60.0}});
        QVERIFY(levels.insertRows(1, 2));
        QCOMPARE(levels.rowCount(), 3);
        QVERIFY(
            levels.setData(levels.index(1, EscalationLevelModel::ContactsColumn), u" bob, pd ,"_s));
        QCOMPARE(levels.levels().at(1).contacts, (QStringList{u"bob"_s, u"pd"_s}));
        QVERIFY(levels.setData(levels.index(1, EscalationLevelModel::DelayColumn), 90));
        QVERIFY(!levels.setData(levels.index(1, EscalationLevelModel::DelayColumn), -1));
        QVERIFY(!levels.setData(levels.index(1, EscalationLevelModel::LevelColumn), 5));
        QCOMPARE(levels.levels().at(1).delaySeconds, 90.0);
        QVERIFY(levels.moveRows({}, 1, 1, {}, 0));  // bob, pd first
        QCOMPARE(levels.levels().at(0).contacts, (QStringList{u"bob"_s, u"pd"_s}));
        QCOMPARE(levels.index(1, EscalationLevelModel::LevelColumn).data().toInt(), 2);
        QVERIFY(levels.removeRows(2, 1));
        QCOMPARE(levels.rowCount(), 2);
        QVERIFY(!levels.removeRows(2, 1));
        QVERIFY(!levels.insertRows(0, EscalationPolicy::kMaximumLevels));  // past 20 levels
    }

    void readsADryRunStepByStep() {
        QString error;
        const auto run = EscalationDryRun::fromJson(json(kDryRun), &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->steps.size(), 2);
        DryRunStepModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(run->steps);
        QCOMPARE(model.index(0, DryRunStepModel::ContactsColumn).data().toString(),
                 u"Alice (slack)"_s);
        QCOMPARE(model.index(1, DryRunStepModel::ContactsColumn).data().toString(),
                 u"Bob (no webhook)"_s);
        QCOMPARE(model.index(1, DryRunStepModel::AfterColumn).data().toString(), u"5 min"_s);
        QCOMPARE(model.index(1, DryRunStepModel::AtColumn).data().toString(), u"when it fires"_s);
        QCOMPARE(model.index(0, DryRunStepModel::StateColumn).data().toString(), u"paged"_s);
    }
};

QTEST_GUILESS_MAIN(OnCallTablesTest)
#include "on_call_tables_test.moc"
