// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Alerts page in the window, against answers a real recopsd gave (tests/core/data/alerts)
// and one it cannot be made to give on demand (a 409 from an acknowledgment someone else made
// a moment before): the queue in order, the history of the selected alert, acknowledging with
// a comment, a silence made from an alert's labels, expiring one, the runbook handed to the
// Runbooks page, the desktop notification of a new critical alert, the production lock, and
// what a viewer sees.
#include "ui/alerts_page.h"

#include "core/alert_event_model.h"
#include "core/alert_table_model.h"
#include "core/command_registry.h"
#include "core/health_monitor.h"
#include "core/production_lock.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/resource_poller.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/silence_table_model.h"
#include "support/loopback_http_server.h"
#include "ui/acknowledge_dialog.h"
#include "ui/alert_actions.h"
#include "ui/alert_queue_panel.h"
#include "ui/alert_tray_notifier.h"
#include "ui/change_confirmation.h"
#include "ui/main_window.h"
#include "ui/silence_dialog.h"
#include "ui/silences_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;

namespace {

const QByteArray kHealthy =
    "{\"status\":\"degraded\",\"version\":\"0.1.0\",\"uptime_seconds\":12,"
    "\"model\":null,\"store\":{\"backend\":\"sqlite\"}}";
const QByteArray kNotReadyId = "5186dcef59693898";

QByteArray alertFixture(const char* name) {
    QFile file(QStringLiteral(RECOPS_ALERT_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", name);
    }
    return file.readAll();
}

/// The recorded queue with one more critical alert that has just begun firing.
QByteArray withNewCriticalAlert() {
    QJsonObject list = QJsonDocument::fromJson(alertFixture("alerts.json")).object();
    QJsonArray alerts = list.value(QLatin1StringView("alerts")).toArray();
    QJsonObject alert = alerts.at(0).toObject();
    alert.insert(QStringLiteral("id"), QStringLiteral("00000000000000c2"));
    alert.insert(QStringLiteral("rule"), QStringLiteral("HighErrorRate"));
    alert.insert(QStringLiteral("summary"), QStringLiteral("5xx share 7.2 % over 5 min"));
    alert.insert(QStringLiteral("labels"),
                 QJsonObject{{QStringLiteral("alertname"), QStringLiteral("HighErrorRate")},
                             {QStringLiteral("severity"), QStringLiteral("critical")}});
    alerts.append(alert);
    list.insert(QStringLiteral("alerts"), alerts);
    return QJsonDocument(list).toJson();
}

}  // namespace

class AlertsPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
    }

    void init() {
        m_server.emplace();
        QVERIFY(m_server->start());
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        m_store.emplace();
        QVERIFY(m_store->open(m_directory.filePath(QStringLiteral("%1.sqlite").arg(++m_run))));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
        m_connection->monitor()->setPollIntervalMs(300);
        m_recent.emplace(m_directory.filePath(QStringLiteral("recent-%1.ini").arg(m_run)));
        m_window.emplace(&*m_connection, &*m_store, &*m_secrets, &*m_recent);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_window));
    }

    void cleanup() {
        m_window.reset();
        m_recent.reset();
        m_connection.reset();
        m_secrets.reset();
        m_store.reset();
        m_server.reset();
    }

    void showsTheQueueCriticalFirstWithTheHistoryOfTheSelectedAlert() {
        AlertsPage* page = open("operator", EnvironmentTag::Staging);
        QVERIFY(page);
        AlertQueuePanel* queue = page->queuePanel();
        QTableView* view = queue->view();
        QCOMPARE(view->model()->index(0, AlertTableModel::RuleColumn).data().toString(),
                 QStringLiteral("ServiceNotReady"));
        QCOMPARE(view->model()->index(1, AlertTableModel::RuleColumn).data().toString(),
                 QStringLiteral("BackupTooOld"));
        QCOMPARE(page->role().name(), QStringLiteral("operator"));
        QVERIFY(queue->acknowledgeButton()->isVisibleTo(page));
        QVERIFY(queue->silenceButton()->isVisibleTo(page));
        // Nothing selected: nothing to acknowledge, and the history says what to do.
        QVERIFY(!queue->acknowledgeButton()->isEnabled());
        QCOMPARE(queue->historyNote(),
                 QStringLiteral("Select an alert to see what happened to it."));

        queue->selectAlert(QString::fromLatin1(kNotReadyId));
        QVERIFY(queue->acknowledgeButton()->isEnabled());
        QTRY_COMPARE(queue->historyModel()->rowCount(), 2);
        QCOMPARE(queue->historyModel()->index(0, AlertEventModel::KindColumn).data().toString(),
                 QStringLiteral("acknowledged"));
        const auto history = requestsTo("/api/v1/alerts/history");
        QVERIFY(!history.isEmpty());
        // The filters go to recopsd as its query: state, severity, silenced.
        page->stateBox()->setCurrentIndex(page->stateBox()->findData(QStringLiteral("firing")));
        Q_EMIT page->stateBox()->activated(page->stateBox()->currentIndex());
        QTRY_VERIFY(m_server->hitCount("/api/v1/alerts") > 0);
        // The palette offers the page's commands.
        QVERIFY(m_window->commands()->contains(QStringLiteral("alerts.acknowledge")));
        QVERIFY(m_window->commands()->isEnabled(QStringLiteral("alerts.acknowledge")));
        QVERIFY(m_window->commands()->contains(QStringLiteral("alerts.silence")));
    }

    void acknowledgesTheSelectedAlertWithAComment() {
        AlertsPage* page = open("operator", EnvironmentTag::Staging);
        QVERIFY(page);
        QByteArray sent;
        m_server->setHandler([&sent](const LoopbackHttpServer::Request& request)
                                 -> std::optional<LoopbackHttpServer::Response> {
            if (request.method == "POST" &&
                request.path == "/api/v1/alerts/" + kNotReadyId + "/ack") {
                sent = request.body;
                return LoopbackHttpServer::json(200, alertFixture("alert-acknowledged.json"));
            }
            return std::nullopt;
        });
        page->queuePanel()->selectAlert(QString::fromLatin1(kNotReadyId));
        QTest::mouseClick(page->queuePanel()->acknowledgeButton(), Qt::LeftButton);
        auto* dialog = qobject_cast<AcknowledgeDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(u"ServiceNotReady"));
        dialog->commentEdit()->setPlainText(QStringLiteral("loading the last good model"));
        // Too long a comment is refused before anything is sent.
        dialog->commentEdit()->setPlainText(QString(1001, u'x'));
        QVERIFY(!dialog->acknowledgeButton()->isEnabled());
        dialog->commentEdit()->setPlainText(QStringLiteral("loading the last good model"));
        QVERIFY(dialog->acknowledgeButton()->isEnabled());
        QTest::mouseClick(dialog->acknowledgeButton(), Qt::LeftButton);
        QTRY_COMPARE(page->noticeText(), QStringLiteral("Acknowledged ServiceNotReady."));
        QCOMPARE(QJsonDocument::fromJson(sent).object(),
                 (QJsonObject{
                     {QStringLiteral("comment"), QStringLiteral("loading the last good model")}}));
    }

    void aConflictSaysWhoAcknowledgedItFirst() {
        AlertsPage* page = open("admin", EnvironmentTag::Staging);
        QVERIFY(page);
        LoopbackHttpServer::Response conflict =
            LoopbackHttpServer::json(409, alertFixture("ack-conflict.json"));
        conflict.contentType = "application/problem+json";
        m_server->setRoute("POST", "/api/v1/alerts/" + kNotReadyId + "/ack", conflict);
        page->queuePanel()->selectAlert(QString::fromLatin1(kNotReadyId));
        page->acknowledgeSelected();
        auto* dialog = qobject_cast<AcknowledgeDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        dialog->acknowledgeButton()->click();
        QTRY_VERIFY(page->noticeText().startsWith(u"Refused: "));
        QVERIFY(page->noticeText().contains(u"already acknowledged by alice"));
    }

    void silencesAlertsLikeTheSelectedOneAndExpiresASilence() {
        AlertsPage* page = open("operator", EnvironmentTag::Staging);
        QVERIFY(page);
        QList<LoopbackHttpServer::Request> changes;
        m_server->setHandler([&changes](const LoopbackHttpServer::Request& request)
                                 -> std::optional<LoopbackHttpServer::Response> {
            if (request.method == "POST" && request.path == "/api/v1/silences") {
                changes.append(request);
                LoopbackHttpServer::Response created =
                    LoopbackHttpServer::json(201, alertFixture("silence-created.json"));
                return created;
            }
            if (request.method == "DELETE") {
                changes.append(request);
                return LoopbackHttpServer::Response{204, "application/json", {}, {}, 0};
            }
            return std::nullopt;
        });
        page->queuePanel()->selectAlert(QStringLiteral("dd5b11496c708449"));
        QTest::mouseClick(page->queuePanel()->silenceButton(), Qt::LeftButton);
        auto* dialog = qobject_cast<SilenceDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->labelBoxes().size(), 2);
        QCOMPARE(dialog->labelBoxes().at(0)->text(), QStringLiteral("alertname=BackupTooOld"));
        // Without a reason recopsd would refuse it: Create waits, and says why.
        QVERIFY(!dialog->createButton()->isEnabled());
        QCOMPARE(dialog->problem(), QStringLiteral("Say why the alerts are silenced."));
        dialog->labelBoxes().at(1)->setChecked(false);  // every severity of it
        dialog->setDuration(10, SilenceDialog::Unit::Minutes);
        dialog->commentEdit()->setPlainText(QStringLiteral("first backup runs tonight"));
        QVERIFY(dialog->createButton()->isEnabled());
        dialog->createButton()->click();
        QTRY_COMPARE(changes.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(changes.at(0).body).object(),
                 (QJsonObject{
                     {QStringLiteral("matchers"),
                      QJsonArray{
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("alertname")},
                                      {QStringLiteral("op"), QStringLiteral("=")},
                                      {QStringLiteral("value"), QStringLiteral("BackupTooOld")}}}},
                     {QStringLiteral("duration_s"), 600},
                     {QStringLiteral("comment"), QStringLiteral("first backup runs tonight")}}));
        QTRY_COMPARE(page->noticeText(),
                     QStringLiteral("Silenced alerts matching alertname=BackupTooOld."));

        // The silences tab: active first; the expired one cannot be expired again.
        page->tabs()->setCurrentWidget(page->silencesPanel());
        SilencesPanel* silences = page->silencesPanel();
        QTRY_COMPARE(silences->model()->rowCount(), 2);
        silences->selectSilence(QStringLiteral("db670319d881ce6f"));
        QVERIFY(!silences->expireButton()->isEnabled());
        silences->selectSilence(QStringLiteral("cd5a5e6cad194e44"));
        QVERIFY(silences->expireButton()->isEnabled());
        QTest::mouseClick(silences->expireButton(), Qt::LeftButton);
        auto* box = qobject_cast<QMessageBox*>(page->actions()->currentDialog());
        QVERIFY(box);
        QVERIFY(box->text().contains(u"alertname=BackupTooOld"));
        // Cancel is the default: Enter changes nothing.
        QCOMPARE(box->defaultButton()->text(), box->button(QMessageBox::Cancel)->text());
        ChangeConfirmation::confirmButton(box)->click();
        QTRY_COMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).method, QByteArray("DELETE"));
        QCOMPARE(changes.at(1).path, QByteArray("/api/v1/silences/cd5a5e6cad194e44"));
        QTRY_COMPARE(page->noticeText(), QStringLiteral("Silence cd5a5e6cad194e44 expired."));
    }

    void aViewerSeesNoControlThatChangesAnything() {
        AlertsPage* page = open("viewer", EnvironmentTag::Staging);
        QVERIFY(page);
        page->queuePanel()->selectAlert(QString::fromLatin1(kNotReadyId));
        QVERIFY(!page->queuePanel()->acknowledgeButton()->isVisibleTo(page));
        QVERIFY(!page->queuePanel()->silenceButton()->isVisibleTo(page));
        page->tabs()->setCurrentWidget(page->silencesPanel());
        QVERIFY(!page->silencesPanel()->expireButton()->isVisibleTo(page));
        QVERIFY(!m_window->commands()->contains(QStringLiteral("alerts.acknowledge")));
        QVERIFY(!m_window->commands()->contains(QStringLiteral("alerts.silence")));
        QVERIFY(!page->actions()->openAcknowledge(*page->queuePanel()->currentAlert()));
        // Reading goes on: the history is there for a viewer too.
        QTRY_COMPARE(page->queuePanel()->historyModel()->rowCount(), 2);
    }

    void productionIsLockedUntilUnlocked() {
        AlertsPage* page = open("operator", EnvironmentTag::Production);
        QVERIFY(page);
        page->queuePanel()->selectAlert(QString::fromLatin1(kNotReadyId));
        QPushButton* acknowledge = page->queuePanel()->acknowledgeButton();
        QVERIFY(!acknowledge->isEnabled());
        QVERIFY(acknowledge->toolTip().startsWith(u"Read-only: prod-eu is a production profile"));
        m_window->productionLock()->unlock();
        QVERIFY(acknowledge->isEnabled());
        page->acknowledgeSelected();
        auto* dialog = qobject_cast<AcknowledgeDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        // The dialog names production loudly.
        QLabel* where = nullptr;
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            where = label->accessibleName() == u"Where the change happens" ? label : where;
        }
        QVERIFY(where);
        QVERIFY(where->text().contains(u"PRODUCTION"));
        m_window->productionLock()->lock();
        QVERIFY(!dialog->acknowledgeButton()->isEnabled());
    }

    void handsTheRunbookOfTheAlertToTheRunbooksPage() {
        AlertsPage* page = open("operator", EnvironmentTag::Staging);
        QVERIFY(page);
        page->queuePanel()->selectAlert(QString::fromLatin1(kNotReadyId));
        // The built-in service-down runbook answers ServiceNotReady.
        QPushButton* runbook = page->queuePanel()->runbookButton();
        QVERIFY(runbook->isEnabled());
        QVERIFY(m_window->commands()->isEnabled(QStringLiteral("alerts.runbook")));

        // Where no runbook answers the alert, the button says so.
        page->setRunbookLookup([](const QString&) { return false; });
        QVERIFY(!runbook->isEnabled());
        QVERIFY(runbook->toolTip().startsWith(u"No runbook answers ServiceNotReady"));
        QVERIFY(!m_window->commands()->isEnabled(QStringLiteral("alerts.runbook")));

        QStringList asked;
        page->setRunbookLookup([&asked](const QString& name) {
            asked.append(name);
            return true;
        });
        QVERIFY(runbook->isEnabled());
        QCOMPARE(asked.last(), QStringLiteral("ServiceNotReady"));
        QSignalSpy requested(page, &AlertsPage::runbookRequested);
        runbook->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("ServiceNotReady"));
        QCOMPARE(requested.at(0).at(1).toMap().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("critical"));
        // The window shows the Runbooks page, which says what it found for the alert.
        QCOMPARE(m_window->currentPage(), ConsolePage::Runbooks);
    }

    void announcesANewCriticalAlertOnce() {
        AlertsPage* page = open("viewer", EnvironmentTag::Staging);
        QVERIFY(page);
        QSignalSpy fired(page, &AlertsPage::criticalAlertFired);
        // What fired before the console looked is in the queue, not news.
        ResourcePoller* watch = page->criticalWatch();
        QTRY_VERIFY(watch->lastSuccessUtc().isValid() && !watch->isFetching());
        QCOMPARE(fired.count(), 0);
        // Another page is shown: the watch goes on.
        m_window->showPage(ConsolePage::Dashboard);
        m_server->setRoute("GET", "/api/v1/alerts",
                           LoopbackHttpServer::json(200, withNewCriticalAlert()));
        QTRY_VERIFY(!watch->isFetching());
        page->refresh();
        QTRY_COMPARE(fired.count(), 1);
        QCOMPARE(fired.at(0).at(0).value<Alert>().rule, QStringLiteral("HighErrorRate"));
        AlertTrayNotifier* tray = page->trayNotifier();
        QCOMPARE(tray->notificationCount(), 1);
        QCOMPARE(tray->lastMessage(),
                 QStringLiteral("Critical alert: HighErrorRate\n5xx share 7.2 % over 5 min"));
        // The offscreen platform has no tray: nothing is shown, nothing breaks.
        QVERIFY(!tray->hasTray());
        // Seen again, it is not news again.
        const QDateTime fetched = watch->lastSuccessUtc();
        QTRY_VERIFY(!watch->isFetching());
        page->refresh();
        QTRY_VERIFY(watch->lastSuccessUtc() > fetched);
        QCOMPARE(fired.count(), 1);
    }

private:
    QList<LoopbackHttpServer::Request> requestsTo(const QByteArray& path) const {
        QList<LoopbackHttpServer::Request> found;
        for (const auto& request : m_server->requests()) {
            if (request.path == path) {
                found.append(request);
            }
        }
        return found;
    }

    AlertsPage* open(const QByteArray& role, EnvironmentTag environment) {
        const auto json = [](const char* name) {
            return LoopbackHttpServer::json(200, alertFixture(name));
        };
        m_server->setRoute("GET", "/api/v1/whoami",
                           LoopbackHttpServer::json(200, "{\"role\":\"" + role +
                                                             "\",\"name\":\"ui-test\","
                                                             "\"token_id\":\"0123456789abcdef\"}"));
        m_server->setRoute("GET", "/api/v1/alerts", json("alerts.json"));
        m_server->setRoute("GET", "/api/v1/alerts/history", json("alert-history.json"));
        m_server->setRoute("GET", "/api/v1/silences", json("silences.json"));
        ConnectionProfile profile;
        profile.id = environment == EnvironmentTag::Production ? QStringLiteral("p-prod")
                                                               : QStringLiteral("p-staging");
        profile.name = environment == EnvironmentTag::Production ? QStringLiteral("prod-eu")
                                                                 : QStringLiteral("staging");
        profile.url = QUrl(m_server->baseUrl());
        profile.environment = environment;
        m_connection->openWithToken(profile, QStringLiteral("rcp_0123456789abcdef_token"),
                                    ServerConnection::TokenSource::Session);
        m_window->showPage(ConsolePage::Alerts);
        auto* page = qobject_cast<AlertsPage*>(m_window->pageWidget(ConsolePage::Alerts));
        if (page) {
            [&] {
                QTRY_VERIFY(page->isSettled() && page->role().isKnown() &&
                            page->queuePanel()->model()->rowCount() == 2);
            }();
        }
        return QTest::currentTestFailed() ? nullptr : page;
    }

    QTemporaryDir m_directory;
    int m_run = 0;
    std::optional<LoopbackHttpServer> m_server;
    std::optional<ProfileStore> m_store;
    std::optional<SecretStore> m_secrets;
    std::optional<ServerConnection> m_connection;
    std::optional<RecentState> m_recent;
    std::optional<MainWindow> m_window;
};

QTEST_MAIN(AlertsPageTest)
#include "alerts_page_test.moc"
