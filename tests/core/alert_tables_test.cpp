// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Alerts page's core against answers a real recopsd gave (tests/core/data/alerts: a
// fresh data directory without a model, so ServiceNotReady fires critical and BackupTooOld
// warning): the readers, the queue, history and silence tables under
// QAbstractItemModelTester behind the console's filter proxy, silences made from an alert,
// the watch for new critical alerts, and the calls that change alerts and silences.
#include "core/alert.h"
#include "core/alert_event.h"
#include "core/alert_event_model.h"
#include "core/alert_operations.h"
#include "core/alert_table_model.h"
#include "core/api_reply.h"
#include "core/critical_alert_watch.h"
#include "core/label_filter_proxy_model.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/silence.h"
#include "core/silence_table_model.h"
#include "support/loopback_http_server.h"
#include "tests/core/support/recorded_answer.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;

namespace {

using recops::testing::column;

QJsonDocument fixture(const char* name) {
    return recops::testing::recordedAnswer(RECOPS_ALERT_TEST_DATA, name);
}

template <typename T>
T read(const char* name) {
    return recops::testing::readRecorded<T>(RECOPS_ALERT_TEST_DATA, name);
}

Alert alertOf(const QString& id, const QString& severity, const QString& state) {
    Alert alert;
    alert.id = id;
    alert.rule = QStringLiteral("Rule") + id;
    alert.severity = severity;
    alert.state = state;
    alert.activeSinceUtc = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    return alert;
}

}  // namespace

class AlertTablesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
    }

    void readsTheAlertsRecopsdLists() {
        const AlertList list = read<AlertList>("alerts.json");
        QCOMPARE(list.alerts.size(), 2);
        const Alert& backup = list.alerts.at(1);
        QCOMPARE(backup.rule, QStringLiteral("BackupTooOld"));
        QCOMPARE(backup.severity, QStringLiteral("warning"));
        QCOMPARE(backup.labels.value(QStringLiteral("alertname")), QStringLiteral("BackupTooOld"));
        QVERIFY(!backup.acknowledgment);
        QVERIFY(backup.silencedBy.isEmpty());
        const Alert& notReady = list.alerts.at(0);
        QCOMPARE(notReady.id, QStringLiteral("5186dcef59693898"));
        QCOMPARE(notReady.summary, QStringLiteral("not ready: no model loaded"));
        QCOMPARE(notReady.firingSinceUtc,
                 QDateTime(QDate(2026, 12, 2), QTime(1, 1, 32, 351), Qt::UTC));
        QVERIFY(!notReady.resolvedAtUtc.isValid());
        QCOMPARE(notReady.alertName(), QStringLiteral("ServiceNotReady"));

        // The acknowledgment and the silence, as recopsd reported them afterwards.
        const AlertList later = read<AlertList>("alerts-silenced.json");
        QCOMPARE(later.alerts.at(0).acknowledgment->by, QStringLiteral("alice"));
        QCOMPARE(later.alerts.at(0).acknowledgment->comment,
                 QStringLiteral("loading the last good model"));
        QCOMPARE(later.alerts.at(1).silencedBy, QStringList{QStringLiteral("cd5a5e6cad194e44")});
        const Alert acknowledged = read<Alert>("alert-acknowledged.json");
        QCOMPARE(acknowledged.acknowledgment, later.alerts.at(0).acknowledgment);
    }

    void namesTheFieldThatIsNotWhatTheContractSays() {
        QJsonObject alert = fixture("alerts.json").object();
        QJsonArray alerts = alert.value(QLatin1StringView("alerts")).toArray();
        QJsonObject second = alerts.at(1).toObject();
        second.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("team"), 3}});
        alerts.replace(1, second);
        alert.insert(QStringLiteral("alerts"), alerts);
        QString error;
        QVERIFY(!AlertList::fromJson(QJsonDocument(alert), &error));
        QCOMPARE(error, QStringLiteral("alerts[1].labels.team is not a string"));
        QVERIFY(!SilenceList::fromJson(QJsonDocument(QJsonObject{{QStringLiteral("silences"), 1}}),
                                       &error));
        QCOMPARE(error, QStringLiteral("silences is not an array"));
    }

    void theQueuePutsCriticalFiringAlertsFirstAndFiltersByLabel() {
        AlertTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertList list = read<AlertList>("alerts-silenced.json");
        // Order the recorded answer against the queue: warning first, then a pending
        // critical and an info alert.
        std::reverse(list.alerts.begin(), list.alerts.end());
        list.alerts.append(
            alertOf(QStringLiteral("p1"), QStringLiteral("critical"), QStringLiteral("pending")));
        list.alerts.append(
            alertOf(QStringLiteral("i1"), QStringLiteral("info"), QStringLiteral("firing")));
        model.setAlerts(list);
        QCOMPARE(column(model, AlertTableModel::RuleColumn),
                 (QStringList{QStringLiteral("ServiceNotReady"), QStringLiteral("Rulep1"),
                              QStringLiteral("BackupTooOld"), QStringLiteral("Rulei1")}));
        QCOMPARE(column(model, AlertTableModel::SeverityColumn).first(),
                 QStringLiteral("critical"));
        QCOMPARE(column(model, AlertTableModel::StateColumn).at(1), QStringLiteral("pending"));
        QCOMPARE(column(model, AlertTableModel::AcknowledgedByColumn).first(),
                 QStringLiteral("alice"));
        QCOMPARE(column(model, AlertTableModel::SilencedColumn).at(2), QStringLiteral("silenced"));
        QCOMPARE(column(model, AlertTableModel::LabelsColumn).first(),
                 QStringLiteral("alertname=ServiceNotReady, severity=critical"));
        QVERIFY(model.index(0, 0).data(AlertTableModel::CriticalFiringRole).toBool());
        QVERIFY(!model.index(1, 0).data(AlertTableModel::CriticalFiringRole).toBool());
        QVERIFY(model.index(0, AlertTableModel::AcknowledgedByColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(u": loading the last good model"));

        LabelFilterProxyModel filter;
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setSortRole(AlertTableModel::SortRole);
        filter.setLabelsRole(AlertTableModel::LabelsRole);
        filter.setColumnLabel(AlertTableModel::AcknowledgedByColumn,
                              QStringLiteral("acknowledged_by"));
        // Sorting by severity descending is the queue order again, whatever came before.
        filter.sort(AlertTableModel::RuleColumn, Qt::AscendingOrder);
        filter.sort(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(column(filter, AlertTableModel::RuleColumn),
                 column(model, AlertTableModel::RuleColumn));
        filter.setQuery(QStringLiteral("alertname=Backup*"));
        QCOMPARE(column(filter, AlertTableModel::RuleColumn),
                 QStringList{QStringLiteral("BackupTooOld")});
        filter.setQuery(QStringLiteral("severity=critical acknowledged_by!=alice"));
        QCOMPARE(column(filter, AlertTableModel::RuleColumn),
                 QStringList{QStringLiteral("Rulep1")});
        filter.setQuery(QStringLiteral("\"no model\""));
        QCOMPARE(column(filter, AlertTableModel::RuleColumn),
                 QStringList{QStringLiteral("ServiceNotReady")});

        // The next poll with the same alerts changes rows in place: a view keeps its selection.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        AlertList again = list;
        again.alerts[1].acknowledgment.reset();  // ServiceNotReady, reversed above
        model.setAlerts(again);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(0, AlertTableModel::AcknowledgedByColumn).data().toString(),
                 QString());
    }

    void theHistoryIsNewestFirst() {
        const AlertHistory history = read<AlertHistory>("alert-history.json");
        QVERIFY(!history.nextBefore);
        AlertEventModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(history.events);
        QCOMPARE(column(model, AlertEventModel::KindColumn),
                 (QStringList{QStringLiteral("acknowledged"), QStringLiteral("fired")}));
        QCOMPARE(column(model, AlertEventModel::ActorColumn),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("recopsd")}));
        QCOMPARE(column(model, AlertEventModel::DetailColumn).first(),
                 QStringLiteral("loading the last good model"));
        LabelFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(AlertEventModel::SortRole);
        sorted.sort(AlertEventModel::WhenColumn, Qt::AscendingOrder);
        QCOMPARE(column(sorted, AlertEventModel::KindColumn).first(), QStringLiteral("fired"));
    }

    void silencesShowActiveOnesFirst() {
        const SilenceList list = read<SilenceList>("silences.json");
        QCOMPARE(list.silences.size(), 2);
        QCOMPARE(list.silences.at(1).matcherText(),
                 QStringLiteral("alertname=~High.*, severity!=info"));
        QVERIFY(list.silences.at(1).isExpired());
        SilenceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(list.silences);
        LabelFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(SilenceTableModel::SortRole);
        sorted.sort(SilenceTableModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(column(sorted, SilenceTableModel::StateColumn),
                 (QStringList{QStringLiteral("active"), QStringLiteral("expired")}));
        QCOMPARE(column(sorted, SilenceTableModel::CreatedByColumn).first(),
                 QStringLiteral("alice"));
        QVERIFY(sorted.index(1, 0).data(SilenceTableModel::ExpiredRole).toBool());
        QCOMPARE(read<SilenceList>("silences.json").silences.first().id,
                 fixture("silence-created.json").object().value(u"id").toString());
    }

    void aSilenceFromAnAlertMatchesItsLabelsAndSaysWhatRecopsdWouldRefuse() {
        const Alert alert = read<AlertList>("alerts.json").alerts.first();
        SilenceRequest request = SilenceRequest::forAlert(alert);
        QCOMPARE(request.matchers.size(), 2);
        QCOMPARE(request.matchers.at(0).text(), QStringLiteral("alertname=ServiceNotReady"));
        QCOMPARE(request.problem(), QStringLiteral("Say why the alerts are silenced."));
        request.comment = QStringLiteral("no model until the first training run");
        QVERIFY(request.problem().isEmpty());
        QCOMPARE(request.toJson(),
                 (QJsonObject{
                     {QStringLiteral("matchers"),
                      QJsonArray{
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("alertname")},
                                      {QStringLiteral("op"), QStringLiteral("=")},
                                      {QStringLiteral("value"), QStringLiteral("ServiceNotReady")}},
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("severity")},
                                      {QStringLiteral("op"), QStringLiteral("=")},
                                      {QStringLiteral("value"), QStringLiteral("critical")}}}},
                     {QStringLiteral("duration_s"), 3600},
                     {QStringLiteral("comment"),
                      QStringLiteral("no model until the first training run")}}));
        request.durationSeconds = SilenceRequest::kMaximumDurationSeconds + 1;
        QCOMPARE(request.problem(),
                 QStringLiteral("The duration must be between 1 second and 366 days."));
        request.durationSeconds = 60;
        request.matchers = {
            SilenceMatcher{QStringLiteral("team"), QStringLiteral("!="), QStringLiteral("ml")}};
        QVERIFY(request.problem().startsWith(u"At least one label must match"));
        request.matchers.clear();
        QCOMPARE(request.problem(), QStringLiteral("Choose at least one label to match."));
    }

    void theWatchTellsOfEachNewCriticalFiringOnce() {
        CriticalAlertWatch watch;
        AlertList list = read<AlertList>("alerts.json");
        // What fires when the console first looks is in the queue, not news.
        QVERIFY(watch.newlyFiring(list).isEmpty());
        QVERIFY(watch.newlyFiring(list).isEmpty());
        list.alerts.append(
            alertOf(QStringLiteral("c2"), QStringLiteral("critical"), QStringLiteral("firing")));
        list.alerts.append(
            alertOf(QStringLiteral("w2"), QStringLiteral("warning"), QStringLiteral("firing")));
        list.alerts.append(
            alertOf(QStringLiteral("p2"), QStringLiteral("critical"), QStringLiteral("pending")));
        const QList<Alert> news = watch.newlyFiring(list);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.first().id, QStringLiteral("c2"));
        QVERIFY(watch.newlyFiring(list).isEmpty());
        // The pending one fires: news now.
        list.alerts.last().state = QStringLiteral("firing");
        QCOMPARE(watch.newlyFiring(list).size(), 1);
        watch.reset();
        QVERIFY(watch.newlyFiring(list).isEmpty());
    }

    void eachCallSendsWhatTheApiExpects() {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setRoute("GET", "/healthz",
                        LoopbackHttpServer::json(200,
                                                 "{\"status\":\"healthy\",\"version\":"
                                                 "\"0.1.0\",\"uptime_seconds\":1,"
                                                 "\"model\":null,\"store\":{}}"));
        server.setHandler([](const LoopbackHttpServer::Request& request)
                              -> std::optional<LoopbackHttpServer::Response> {
            if (request.method == "DELETE") {
                return LoopbackHttpServer::Response{204, "application/json", {}, {}, 0};
            }
            return request.path == "/healthz" ? std::nullopt
                                              : std::optional(LoopbackHttpServer::json(200, "{}"));
        });
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        ServerConnection connection(&secrets);
        ConnectionProfile profile;
        profile.id = QStringLiteral("p-1");
        profile.name = QStringLiteral("test");
        profile.url = QUrl(server.baseUrl());
        connection.openWithToken(profile, QStringLiteral("rcp_0123456789abcdef_token"),
                                 ServerConnection::TokenSource::Session);
        AlertOperations operations(&connection);
        SilenceRequest silence;
        silence.matchers = {SilenceMatcher{QStringLiteral("alertname"), QStringLiteral("="),
                                           QStringLiteral("BackupTooOld")}};
        silence.durationSeconds = 600;
        silence.comment = QStringLiteral("first backup runs tonight");
        const QList<ApiReply*> replies = {
            operations.acknowledge(QStringLiteral("5186dcef59693898"), QStringLiteral("on it")),
            operations.acknowledge(QStringLiteral("dd5b11496c708449"), QString()),
            operations.createSilence(silence),
            operations.expireSilence(QStringLiteral("cd5a5e6cad194e44")),
        };
        int finished = 0;
        int succeeded = 0;
        for (ApiReply* reply : replies) {
            connect(reply, &ApiReply::finished, this, [&finished, &succeeded, reply] {
                ++finished;
                succeeded += reply->isSuccess() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 4, 5'000);
        QCOMPARE(succeeded, 4);
        QMap<QByteArray, LoopbackHttpServer::Request> sent;
        for (const auto& request : server.requests()) {
            if (request.path != "/healthz") {
                QCOMPARE(request.headers.value("authorization"),
                         QByteArray("Bearer rcp_0123456789abcdef_token"));
                sent.insert(request.method + ' ' + request.path, request);
            }
        }
        const auto body = [&sent](const QByteArray& call) {
            return QJsonDocument::fromJson(sent.value(call).body).object();
        };
        QCOMPARE(body("POST /api/v1/alerts/5186dcef59693898/ack"),
                 (QJsonObject{{QStringLiteral("comment"), QStringLiteral("on it")}}));
        // No comment, no field: recopsd takes an empty object.
        QVERIFY(sent.contains("POST /api/v1/alerts/dd5b11496c708449/ack"));
        QCOMPARE(body("POST /api/v1/alerts/dd5b11496c708449/ack"), QJsonObject());
        QCOMPARE(body("POST /api/v1/silences"), silence.toJson());
        QVERIFY(sent.contains("DELETE /api/v1/silences/cd5a5e6cad194e44"));
    }
};

QTEST_GUILESS_MAIN(AlertTablesTest)
#include "alert_tables_test.moc"
