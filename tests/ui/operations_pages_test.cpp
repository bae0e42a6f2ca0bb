// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Backups and Incidents pages in the window against answers a real recopsd gave
// (tests/core/data/operations) and the ones it cannot be made to give on demand: a last
// backup 20 h and 30 h old (amber, red), a failed verification, an escalation refused for
// want of a policy. Also the bodies the pages send, the restore's two calls, the palette's
// commands, and an accessible name on every control of the pages' dialogs.
#include "core/backup_table_model.h"
#include "core/command_registry.h"
#include "core/incident_table_model.h"
#include "core/incident_timeline_table_model.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "support/loopback_http_server.h"
#include "ui/backup_actions.h"
#include "ui/backups_page.h"
#include "ui/change_confirmation.h"
#include "ui/incident_actions.h"
#include "ui/incident_text_dialog.h"
#include "ui/incidents_page.h"
#include "ui/main_window.h"
#include "ui/restore_dialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;

namespace {

const QByteArray kHealthy =
    "{\"status\":\"ok\",\"version\":\"0.1.0\",\"uptime_seconds\":12,"
    "\"model\":null,\"store\":{\"backend\":\"sqlite\"}}";

QByteArray fixture(const char* name) {
    QFile file(QStringLiteral(RECOPS_OPERATIONS_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", name);
    }
    return file.readAll();
}

/// The recorded backups, the newest success @p ageSeconds old; the first one's
/// verification failed when @p failedVerification.
QByteArray backupsAged(double ageSeconds, bool failedVerification = false) {
    QJsonObject list = QJsonDocument::fromJson(fixture("backups.json")).object();
    list.insert(QStringLiteral("last_success_age_seconds"), ageSeconds);
    list.insert(QStringLiteral("rpo_met"), ageSeconds <= 86'400);
    if (failedVerification) {
        QJsonArray backups = list.value(QLatin1StringView("backups")).toArray();
        QJsonObject first = backups.at(0).toObject();
        first.insert(
            QStringLiteral("verification"),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("failed")},
                        {QStringLiteral("checked_at"), QStringLiteral("2026-12-02T03:50:00.000Z")},
                        {QStringLiteral("duration_seconds"), 0.2},
                        {QStringLiteral("problems"),
                         QJsonArray{QStringLiteral("models/manifest.json: size differs"),
                                    QStringLiteral("database.sqlite.zst: checksum")}},
                        {QStringLiteral("requested_by"), QJsonValue()}});
        backups.replace(0, first);
        list.insert(QStringLiteral("backups"), backups);
    }
    return QJsonDocument(list).toJson();
}

/// Fails the current test when an interactive widget under @p root has no accessible name.
void checkAccessibleNames(QWidget* root) {
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool interactive =
            qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
            qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QComboBox*>(widget);
        if (interactive && widget->isVisibleTo(root)) {
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2 has no accessible name")
                                    .arg(QLatin1StringView(widget->metaObject()->className()),
                                         widget->objectName())));
        }
    }
}

}  // namespace

class OperationsPagesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
    }

    void init() {
        m_server.emplace();
        QVERIFY(m_server->start());
        m_server->setRoute("GET", "/healthz", LoopbackHttpServer::json(200, kHealthy));
        m_server->setRoute("GET", "/api/v1/backups",
                           LoopbackHttpServer::json(200, fixture("backups.json")));
        m_server->setRoute("GET", "/api/v1/incidents",
                           LoopbackHttpServer::json(200, fixture("incidents.json")));
        m_server->setRoute("GET", "/api/v1/incidents/1",
                           LoopbackHttpServer::json(200, fixture("incident.json")));
        m_store.emplace();
        QVERIFY(m_store->open(m_directory.filePath(QStringLiteral("%1.sqlite").arg(++m_run))));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
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

    void theRecoveryPointTurnsAmberThenRed() {
        m_server->setRoute("GET", "/api/v1/backups",
                           LoopbackHttpServer::json(200, backupsAged(20 * 3600.0, true)));
        BackupsPage* page = openBackups("operator");
        QVERIFY(page);
        QCOMPARE(page->recoveryPoint().level(), RecoveryPointStatus::Level::Nearing);
        QVERIFY2(page->recoveryPointLabel()->text().startsWith(
                     u"Last successful backup 20 h ago: 83 % of the 24 h RPO."),
                 qPrintable(page->recoveryPointLabel()->text()));
        const QColor amber = page->recoveryPointLabel()->palette().color(QPalette::Window);
        QCOMPARE(page->recoveryPointLabel()->accessibleDescription(),
                 QStringLiteral("near the RPO"));
        // The failed verification says how many problems, and which in its tooltip.
        const QModelIndex verified = page->model()->index(0, BackupTableModel::VerifiedColumn);
        QCOMPARE(verified.data().toString(), QStringLiteral("failed: 2 problem(s)"));
        QVERIFY(verified.data(Qt::ToolTipRole).toString().contains(u"checksum"));

        m_server->setRoute("GET", "/api/v1/backups",
                           LoopbackHttpServer::json(200, backupsAged(30 * 3600.0)));
        page->poller()->refresh();
        QTRY_COMPARE(page->recoveryPoint().level(), RecoveryPointStatus::Level::Missed);
        QCOMPARE(page->recoveryPointLabel()->text(),
                 QStringLiteral("Last successful backup 30 h ago: past the 24 h RPO."));
        QVERIFY(page->recoveryPointLabel()->palette().color(QPalette::Window) != amber);
        QCOMPARE(page->recoveryPointLabel()->accessibleDescription(),
                 QStringLiteral("past the RPO"));
    }

    void aRestoreIsPreparedThenConfirmedWithRecopsdsConfirmation() {
        const QByteArray id = "20261202T034110.756Z-cbf20a1c";
        QList<QByteArray> bodies;
        m_server->setHandler([&](const LoopbackHttpServer::Request& request)
                                 -> std::optional<LoopbackHttpServer::Response> {
            if (request.method == "POST" && request.path == "/api/v1/backups/" + id + "/restore") {
                bodies.append(request.body);
                return bodies.size() == 1
                           ? LoopbackHttpServer::json(200, fixture("restore-preview.json"))
                           : LoopbackHttpServer::json(202, "{}");
            }
            return std::nullopt;
        });
        BackupsPage* page = openBackups("admin");
        QVERIFY(page);
        m_window->commands()->trigger(QStringLiteral("backups.restore"));
        QVERIFY(bodies.isEmpty());  // nothing selected: nothing asked
        page->selectBackup(QString::fromLatin1(id));
        QVERIFY(m_window->commands()->isEnabled(QStringLiteral("backups.restore")));
        m_window->commands()->trigger(QStringLiteral("backups.restore"));
        QTRY_VERIFY(qobject_cast<RestoreDialog*>(page->actions()->currentDialog()));
        auto* dialog = qobject_cast<RestoreDialog*>(page->actions()->currentDialog());
        checkAccessibleNames(dialog);
        QCOMPARE(QJsonDocument::fromJson(bodies.at(0)).object(), QJsonObject());
        QTest::keyClicks(dialog->confirmationEdit(), QString::fromLatin1(id));
        QVERIFY(dialog->restoreButton()->isEnabled());
        dialog->restoreButton()->click();
        QTRY_COMPARE(bodies.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(bodies.at(1)).object(),
                 (QJsonObject{{QStringLiteral("confirmation"),
                               QStringLiteral("rst_a8bb405788be072f02fb691e5c59fadb")}}));
        QTRY_COMPARE(page->noticeText(),
                     QStringLiteral("Restore of %1 queued.").arg(QString::fromLatin1(id)));
    }

    void anOperatorDoesNotRestoreAndAViewerDoesNothing() {
        BackupsPage* page = openBackups("operator");
        QVERIFY(page);
        QVERIFY(page->createButton()->isVisibleTo(page));
        QVERIFY(!page->restoreButton()->isVisibleTo(page));
        QVERIFY(m_window->commands()->contains(QStringLiteral("backups.verify")));
        QVERIFY(!m_window->commands()->contains(QStringLiteral("backups.restore")));
        checkAccessibleNames(page);
    }

    void theTimelineFollowsTheSelectionAndANoteIsSent() {
        QByteArray sent;
        m_server->setHandler([&sent](const LoopbackHttpServer::Request& request)
                                 -> std::optional<LoopbackHttpServer::Response> {
            if (request.method == "POST" && request.path == "/api/v1/incidents/1/timeline") {
                sent = request.body;
                return LoopbackHttpServer::json(201, "{}");
            }
            return std::nullopt;
        });
        IncidentsPage* page = openIncidents("operator");
        QVERIFY(page);
        // The newest incident is selected at first; its timeline is asked for.
        QTRY_VERIFY(m_server->hitCount("/api/v1/incidents/3") > 0);
        page->selectIncident(1);
        QTRY_COMPARE(page->timelineModel()->rowCount(), 3);
        QCOMPARE(page->timelineModel()
                     ->index(1, IncidentTimelineTableModel::TextColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Cache hit rate down to 40 %; warming the cache"));
        QVERIFY(page->detailsText().contains(u"Commander: alice."));
        // Mitigated already: forward only, so resolving is offered and mitigating is not.
        QVERIFY(!page->mitigateButton()->isEnabled());
        QVERIFY(page->resolveButton()->isEnabled());
        QVERIFY(!m_window->commands()->isEnabled(QStringLiteral("incidents.mitigate")));

        m_window->commands()->trigger(QStringLiteral("incidents.note"));
        auto* dialog = qobject_cast<IncidentTextDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        checkAccessibleNames(dialog);
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->textEdit()->setPlainText(QStringLiteral("cache warm again"));
        dialog->confirmButton()->click();
        QTRY_COMPARE(page->noticeText(), QStringLiteral("Note added to incident #1."));
        const QJsonObject body = QJsonDocument::fromJson(sent).object();
        QCOMPARE(body.value(u"kind").toString(), QStringLiteral("note"));
        QCOMPARE(body.value(u"text").toString(), QStringLiteral("cache warm again"));
        QVERIFY(body.value(u"entry_id").toString().startsWith(u"note-"));
    }

    void aRefusedEscalationSaysWhy() {
        LoopbackHttpServer::Response conflict =
            LoopbackHttpServer::json(409, fixture("escalate-conflict.json"));
        conflict.contentType = "application/problem+json";
        m_server->setRoute("POST", "/api/v1/incidents/3/escalate", conflict);
        m_server->setRoute("GET", "/api/v1/incidents/3",
                           LoopbackHttpServer::json(200, fixture("incident.json")));
        IncidentsPage* page = openIncidents("admin");
        QVERIFY(page);
        page->selectIncident(3);
        page->escalateButton()->click();
        auto* dialog = qobject_cast<IncidentTextDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->purpose(), IncidentTextDialog::Purpose::Escalation);
        dialog->textEdit()->setPlainText(QStringLiteral("still failing"));
        dialog->confirmButton()->click();
        QTRY_VERIFY(page->noticeText().startsWith(u"Refused: "));
        QVERIFY(page->noticeText().contains(u"no escalation policy takes incident 3"));
        checkAccessibleNames(page);
    }

private:
    void openAs(const QByteArray& role, ConsolePage page) {
        m_server->setRoute("GET", "/api/v1/whoami",
                           LoopbackHttpServer::json(200, "{\"role\":\"" + role +
                                                             "\",\"name\":\"ui-test\","
                                                             "\"token_id\":\"0123456789abcdef\"}"));
        ConnectionProfile profile;
        profile.id = QStringLiteral("p-staging");
        profile.name = QStringLiteral("staging");
        profile.url = QUrl(m_server->baseUrl());
        profile.environment = EnvironmentTag::Staging;
        m_connection->openWithToken(profile, QStringLiteral("rcp_0123456789abcdef_token"),
                                    ServerConnection::TokenSource::Session);
        m_window->showPage(page);
    }

    BackupsPage* openBackups(const QByteArray& role) {
        openAs(role, ConsolePage::Backups);
        auto* page = qobject_cast<BackupsPage*>(m_window->pageWidget(ConsolePage::Backups));
        if (page) {
            [&] {
                QTRY_VERIFY(page->isSettled() && page->role().isKnown() &&
                            page->model()->rowCount() == 2);
            }();
        }
        return QTest::currentTestFailed() ? nullptr : page;
    }

    IncidentsPage* openIncidents(const QByteArray& role) {
        openAs(role, ConsolePage::Incidents);
        auto* page = qobject_cast<IncidentsPage*>(m_window->pageWidget(ConsolePage::Incidents));
        if (page) {
            [&] {
                QTRY_VERIFY(page->isSettled() && page->role().isKnown() &&
                            page->model()->rowCount() == 3);
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

QTEST_MAIN(OperationsPagesTest)
#include "operations_pages_test.moc"
