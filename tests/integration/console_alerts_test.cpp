// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Alerts page against the real recopsd, driven as a person would. The data directory
// has no model, so with `alerts.not_ready_for_s=0` ServiceNotReady fires critical at the
// first evaluation (and BackupTooOld warns, no backup having run): the queue lists what
// recopsd lists, critical first; an operator acknowledges ServiceNotReady with a comment and
// its history says so; BackupTooOld is silenced from its labels, drops out of the queue,
// and the silence is expired again; the runbook that answers ServiceNotReady is prepared on
// the Runbooks page; a viewer sees no control that changes anything. Every change is checked
// over HTTP, not through the console.
#include "core/alert_event_model.h"
#include "core/alert_table_model.h"
#include "core/command_registry.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/resource_poller.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/silence_table_model.h"
#include "integration/support/child_process.h"
#include "integration/support/console_window.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "ui/acknowledge_dialog.h"
#include "ui/alert_actions.h"
#include "ui/alert_queue_panel.h"
#include "ui/alerts_page.h"
#include "ui/change_confirmation.h"
#include "ui/main_window.h"
#include "ui/runbooks_page.h"
#include "ui/silence_dialog.h"
#include "ui/silences_panel.h"

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

/// A console window on the Alerts page.
struct Console : recops::testing::ConsoleWindow {
    AlertsPage* page() const { return pageAs<AlertsPage>(ConsolePage::Alerts); }
};

}  // namespace

class ConsoleAlertsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_directory.isValid());
        m_dataDirectory = m_directory.filePath(QStringLiteral("data")).toStdString();
        try {
            m_operator = token("operator", "alice");
            m_viewer = token("viewer", "grafana");
            m_recopsd.emplace(RecopsdOptions{
                .dataDirectory = m_dataDirectory,
                .arguments = {"--set", "alerts.not_ready_for_s=0", "--set",
                              "monitoring.evaluation_interval_ms=100", "--set", "log.access=off"}});
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(m_store.open(m_directory.filePath(QStringLiteral("console.sqlite"))));
    }

    void anOperatorAcknowledgesTheFiringAlertThroughThePage() {
        Console console = open(m_operator);
        AlertsPage* page = console.page();
        AlertTableModel* alerts = page->queuePanel()->model();
        QVERIFY(showsAlert(page, notReadyId()));
        // The queue is recopsd's, critical first.
        const nlohmann::json listed = get("/api/v1/alerts")["alerts"];
        QCOMPARE(alerts->rowCount(), static_cast<int>(listed.size()));
        QCOMPARE(alerts->recordAt(0)->rule, QStringLiteral("ServiceNotReady"));
        QCOMPARE(alerts->recordAt(0)->summary, QStringLiteral("not ready: no model loaded"));
        QCOMPARE(page->queuePanel()->view()->model()->index(0, 0).data().toString(),
                 QStringLiteral("ServiceNotReady"));

        page->queuePanel()->selectAlert(notReadyId());
        QTRY_VERIFY_WITH_TIMEOUT(page->queuePanel()->historyModel()->rowCount() >= 1, 10'000);
        QCOMPARE(page->queuePanel()
                     ->historyModel()
                     ->index(0, AlertEventModel::ActorColumn)
                     .data()
                     .toString(),
                 QStringLiteral("recopsd"));

        QPushButton* acknowledge = page->queuePanel()->acknowledgeButton();
        QVERIFY(acknowledge->isVisible());
        QVERIFY(acknowledge->isEnabled());
        acknowledge->click();
        auto* dialog = qobject_cast<AcknowledgeDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        dialog->commentEdit()->setPlainText(QStringLiteral("loading the last good model"));
        dialog->acknowledgeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(),
                                  QStringLiteral("Acknowledged ServiceNotReady."), 10'000);

        const nlohmann::json acknowledgment =
            get("/api/v1/alerts/" + notReadyId().toStdString())["acknowledgment"];
        QCOMPARE(acknowledgment["by"].get<std::string>(), std::string("alice"));
        QCOMPARE(acknowledgment["comment"].get<std::string>(),
                 std::string("loading the last good model"));
        // The page follows: who acknowledged it, no second acknowledgment, the history.
        QTRY_COMPARE_WITH_TIMEOUT(
            alerts->index(alerts->rowOfKey(notReadyId()), AlertTableModel::AcknowledgedByColumn)
                .data()
                .toString(),
            QStringLiteral("alice"), 10'000);
        QVERIFY(!acknowledge->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            page->queuePanel()->historyModel()->index(0, AlertEventModel::KindColumn).data() ==
                QStringLiteral("acknowledged"),
            10'000);
    }

    void anAlertIsSilencedFromItsLabelsAndTheSilenceExpired() {
        Console console = open(m_operator);
        AlertsPage* page = console.page();
        AlertTableModel* alerts = page->queuePanel()->model();
        QVERIFY(showsAlert(page, backupId()));
        page->queuePanel()->selectAlert(backupId());
        page->queuePanel()->silenceButton()->click();
        auto* dialog = qobject_cast<SilenceDialog*>(page->actions()->currentDialog());
        QVERIFY(dialog);
        for (QCheckBox* label : dialog->labelBoxes()) {
            label->setChecked(label->text() == u"alertname=BackupTooOld");
        }
        dialog->setDuration(30, SilenceDialog::Unit::Minutes);
        dialog->commentEdit()->setPlainText(QStringLiteral("first backup runs tonight"));
        dialog->createButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->noticeText().startsWith(u"Silenced alerts matching"),
                                 10'000);

        const nlohmann::json silences = get("/api/v1/silences")["silences"];
        QCOMPARE(static_cast<int>(silences.size()), 1);
        const nlohmann::json& silence = silences[0];
        QCOMPARE(silence["state"].get<std::string>(), std::string("active"));
        QCOMPARE(silence["created_by"].get<std::string>(), std::string("alice"));
        QCOMPARE(silence["matchers"].size(), std::size_t{1});
        QCOMPARE(silence["matchers"][0]["value"].get<std::string>(), std::string("BackupTooOld"));
        // Silenced alerts leave the queue; "Silenced too" shows them, marked.
        QTRY_VERIFY_WITH_TIMEOUT(alerts->rowOfKey(backupId()) < 0, 10'000);
        page->silencedBox()->setCurrentIndex(
            page->silencedBox()->findData(QStringLiteral("include")));
        Q_EMIT page->silencedBox()->activated(page->silencedBox()->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(alerts->rowOfKey(backupId()) >= 0, 10'000);
        QCOMPARE(alerts->index(alerts->rowOfKey(backupId()), AlertTableModel::SilencedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("silenced"));

        page->tabs()->setCurrentWidget(page->silencesPanel());
        SilencesPanel* panel = page->silencesPanel();
        const QString id = QString::fromStdString(silence["id"].get<std::string>());
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOfKey(id) >= 0, 20'000);
        panel->selectSilence(id);
        panel->expireButton()->click();
        auto* box = qobject_cast<QMessageBox*>(page->actions()->currentDialog());
        QVERIFY(box);
        ChangeConfirmation::confirmButton(box)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->noticeText(), QStringLiteral("Silence %1 expired.").arg(id),
                                  10'000);
        QCOMPARE(get("/api/v1/silences/" + id.toStdString())["state"].get<std::string>(),
                 std::string("expired"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()
                                     ->index(panel->model()->rowOfKey(id), 0)
                                     .data(SilenceTableModel::ExpiredRole)
                                     .toBool(),
                                 10'000);
    }

    void theRunbookThatAnswersTheAlertIsPreparedOnTheRunbooksPage() {
        Console console = open(m_operator);
        console.window->runbooksPage()->setUserFolder(QStringLiteral(RECOPS_ALERT_UI_CASES));
        AlertsPage* page = console.page();
        QVERIFY(showsAlert(page, notReadyId()));
        page->queuePanel()->selectAlert(notReadyId());
        QPushButton* runbook = page->queuePanel()->runbookButton();
        QVERIFY(runbook->isEnabled());
        runbook->click();
        QCOMPARE(console.window->currentPage(), ConsolePage::Runbooks);
        const QString message = console.window->runbooksPage()->message();
        QVERIFY2(message.contains(u"answers the alert ServiceNotReady") &&
                     message.contains(u"severity filled in from its labels"),
                 qPrintable(message));
    }

    void aViewerSeesNoControlThatChangesAnything() {
        Console console = open(m_viewer);
        AlertsPage* page = console.page();
        QVERIFY(showsAlert(page, notReadyId()));
        QCOMPARE(page->role().name(), QStringLiteral("viewer"));
        page->queuePanel()->selectAlert(notReadyId());
        QVERIFY(!page->queuePanel()->acknowledgeButton()->isVisible());
        QVERIFY(!page->queuePanel()->silenceButton()->isVisible());
        QVERIFY(!console.window->commands()->contains(QStringLiteral("alerts.acknowledge")));
        QVERIFY(!page->actions()->openAcknowledge(*page->queuePanel()->currentAlert()));
        page->tabs()->setCurrentWidget(page->silencesPanel());
        QVERIFY(!page->silencesPanel()->expireButton()->isVisible());
    }

private:
    std::string token(const std::string& role, const std::string& name) const {
        return recops::testing::createToken(m_dataDirectory, role, name);
    }

    Console open(const std::string& token) {
        Console console;
        recops::testing::ConsoleWindowOptions options;
        options.url = QString::fromStdString(m_recopsd->url());
        options.token = QString::fromStdString(token);
        options.page = ConsolePage::Alerts;
        options.profileName = QStringLiteral("alerts-test");
        options.profiles = &m_store;
        console.open(options);
        return console;
    }

    nlohmann::json get(const std::string& path) const {
        const auto response = recops::testing::httpRequest(m_recopsd->url(), "GET", path,
                                                           {recops::testing::bearer(m_operator)});
        if (response.status != 200) {
            throw std::runtime_error(path + " answered " + std::to_string(response.status));
        }
        return response.json();
    }

    /**
     * Whether @p page settles with the token's role known and shows the alert @p id, within
     * a deadline; says what it shows instead when not.
     */
    static bool showsAlert(AlertsPage* page, const QString& id) {
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired()) {
            if (page->isSettled() && page->role().isKnown() &&
                page->queuePanel()->model()->rowOfKey(id) >= 0) {
                return true;
            }
            QTest::qWait(50);
        }
        const ResourcePoller* queue = page->pollers().constFirst();
        qWarning("alert %s not shown: %d rows, role %s, queue state %d, %s", qPrintable(id),
                 page->queuePanel()->model()->rowCount(), qPrintable(page->role().name()),
                 static_cast<int>(queue->state()), qPrintable(queue->lastError().detailedText()));
        return false;
    }

    /// The id of the active alert of @p rule (silenced ones too), once recopsd raised it.
    QString idOf(const std::string& rule) const {
        // Kept whole: a range over a member of a temporary would outlive it.
        const nlohmann::json all = get("/api/v1/alerts?silenced=include");
        for (const nlohmann::json& alert : all["alerts"]) {
            if (alert["rule"] == rule) {
                return QString::fromStdString(alert["id"].get<std::string>());
            }
        }
        return QString();
    }
    /// The id of the alert of @p rule, waiting until recopsd raised it.
    QString waitForAlert(const std::string& rule) const {
        QDeadlineTimer deadline(15'000);
        QString id = idOf(rule);
        while (id.isEmpty() && !deadline.hasExpired()) {
            QTest::qWait(100);
            id = idOf(rule);
        }
        return id;
    }
    QString notReadyId() const { return waitForAlert("ServiceNotReady"); }
    QString backupId() const { return waitForAlert("BackupTooOld"); }

    QTemporaryDir m_directory;
    std::string m_dataDirectory;
    std::optional<RecopsdProcess> m_recopsd;
    ProfileStore m_store;
    std::string m_operator;
    std::string m_viewer;
};

QTEST_MAIN(ConsoleAlertsTest)
#include "console_alerts_test.moc"
