// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Runbooks page against the real recopsd, offscreen, as an operator uses it: a run
// started from the library with its inputs, its steps progressing, the decision's
// explanation, an approval recorded by name, a destructive call confirmed after a question
// that names the environment and the request, a manual step's command copied and its box
// checked, the run finishing, its timeline (queued: recopsd has no incidents API yet) and
// journal, and the report exported through the file dialog. Then a run interrupted by the
// window's destruction and resumed in a new window; a run prepared from an alert through
// the command palette; a viewer token and a locked production profile holding Start back.
#include "core/api_client.h"
#include "core/api_reply.h"
#include "core/command_registry.h"
#include "core/health_monitor.h"
#include "core/local_store.h"
#include "core/production_lock.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/runbook_engine.h"
#include "core/runbook_journal.h"
#include "core/runbook_session.h"
#include "core/runbook_step_model.h"
#include "core/runbook_timeline_model.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "integration/support/child_process.h"
#include "integration/support/recopsd_process.h"
#include "ui/main_window.h"
#include "ui/runbook_alert_dialog.h"
#include "ui/runbook_details_view.h"
#include "ui/runbook_input_form.h"
#include "ui/runbook_run_view.h"
#include "ui/runbook_step_panel.h"
#include "ui/runbooks_page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

namespace {

QStringList kinds(const QList<IncidentTimelineEntry>& entries) {
    QStringList result;
    for (const IncidentTimelineEntry& entry : entries) {
        result.append(entry.kind);
    }
    return result;
}

IncidentTimelineEntry firstOfKind(const QList<IncidentTimelineEntry>& entries, const char* kind) {
    for (const IncidentTimelineEntry& entry : entries) {
        if (entry.kind == QLatin1StringView(kind)) {
            return entry;
        }
    }
    return IncidentTimelineEntry();
}

}  // namespace

class ConsoleRunbooksTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QVERIFY(m_directory.isValid());
        RecopsdOptions options;
        options.dataDirectory = m_directory.filePath(QStringLiteral("data")).toStdString();
        try {
            m_adminToken = QString::fromStdString(
                recops::testing::createToken(options.dataDirectory, "admin", "runbook-ui"));
            m_viewerToken = QString::fromStdString(
                recops::testing::createToken(options.dataDirectory, "viewer", "runbook-reader"));
            m_recopsd.emplace(options);
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
    }

    void init() {
        m_store.emplace();
        QVERIFY(
            m_store->open(m_directory.filePath(QStringLiteral("console-%1.sqlite").arg(++m_run))));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
        m_recent.emplace(m_directory.filePath(QStringLiteral("recent-%1.ini").arg(m_run)));
        openWindow();
    }

    void cleanup() {
        m_window.reset();
        m_connection.reset();
        m_recent.reset();
        m_secrets.reset();
        m_store.reset();
    }

    void walksARunWithAnApprovalStep() {
        connectAs(EnvironmentTag::Development, m_adminToken);
        const int tokensBefore = tokenCount();
        RunbooksPage* page = m_window->runbooksPage();
        QCOMPARE(m_window->currentPage(), ConsolePage::Runbooks);

        // The library shows the user's runbook beside the built-in ones; choosing it shows
        // what it does before it runs.
        const int row = rowOf(page->libraryView(), QStringLiteral("token-approval"));
        QVERIFY(row >= 0);
        page->libraryView()->selectRow(row);
        RunbookDetailsView* details = page->detailsView();
        QCOMPARE(details->launch().runbook().id, QStringLiteral("token-approval"));
        QVERIFY(!details->startButton()->isEnabled());  // token_name has no default
        QVERIFY(
            details->inputForm()->errorText(QStringLiteral("token_name")).startsWith(u"Required"));
        auto* name =
            qobject_cast<QLineEdit*>(details->inputForm()->field(QStringLiteral("token_name")));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("ui-made"));
        auto* uptime =
            qobject_cast<QLineEdit*>(details->inputForm()->field(QStringLiteral("min_uptime")));
        QTest::keyClicks(uptime, QStringLiteral("soon"));
        QVERIFY(details->inputForm()->errorText(QStringLiteral("min_uptime")).contains(u"number"));
        QVERIFY(!details->startButton()->isEnabled());
        uptime->clear();  // the default, 0
        QVERIFY(details->startButton()->isEnabled());
        QTest::mouseClick(details->startButton(), Qt::LeftButton);

        // The run view: the check answers, the decision explains itself, the approval waits.
        RunbookRunView* view = page->runView();
        QTRY_VERIFY(view->isVisible());
        RunbookStepPanel* panel = view->stepPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->approveButton()->isVisible(), 20'000);
        QCOMPARE(panel->stepId(), QStringLiteral("approve"));
        QVERIFY2(view->stateText().startsWith(u"Waiting for a person at step 'approve'"),
                 qPrintable(view->stateText()));
        QAbstractItemModel* steps = view->stepView()->model();
        const QString decision = steps
                                     ->index(rowOf(view->stepView(), QStringLiteral("branch")),
                                             RunbookStepModel::ExplanationColumn)
                                     .data()
                                     .toString();
        static const QRegularExpression explained(
            QStringLiteral("^uptime \\([0-9.]+\\) >= min_uptime \\(0\\) → step 'approve'$"));
        QVERIFY2(explained.match(decision).hasMatch(), qPrintable(decision));
        const QModelIndex health =
            steps->index(rowOf(view->stepView(), QStringLiteral("health")), 0);
        QCOMPARE(steps->index(health.row(), RunbookStepModel::RequestColumn).data().toString(),
                 QStringLiteral("GET /healthz"));
        QVERIFY(steps->index(health.row(), RunbookStepModel::ResultColumn)
                    .data()
                    .toString()
                    .startsWith(u"HTTP 200 · "));
        // Selecting the decision shows its explanation in the panel; the run's step comes back.
        view->stepView()->selectRow(rowOf(view->stepView(), QStringLiteral("branch")));
        QCOMPARE(panel->explanationText(), decision);
        view->stepView()->selectRow(rowOf(view->stepView(), QStringLiteral("approve")));
        QTRY_VERIFY(panel->approveButton()->isVisible());

        // Approved by name: the person at the console enters who gave the approval.
        QCOMPARE(panel->approverEdit()->text(), QStringLiteral("runbook-ui"));
        QVERIFY(!panel->rejectButton()->isEnabled());  // a rejection needs a reason
        panel->approverEdit()->setText(QStringLiteral("Bob Lead"));
        QTest::keyClicks(panel->commentEdit(), QStringLiteral("go ahead"));
        QTest::mouseClick(panel->approveButton(), Qt::LeftButton);

        // The destructive call waits for a confirmation that names where and what.
        QTRY_VERIFY_WITH_TIMEOUT(panel->confirmButton()->isVisible(), 20'000);
        QCOMPARE(panel->stepId(), QStringLiteral("create"));
        QCOMPARE(tokenCount(), tokensBefore);
        QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
        QMessageBox* question = panel->confirmation();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->text().contains(QStringLiteral("DEVELOPMENT: runbooks (%1)").arg(url())),
                 qPrintable(question->text()));
        QVERIFY(question->text().contains(
            u"POST /api/v1/tokens\n{\"name\":\"ui-made\",\"role\":\"viewer\"}"));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        buttonNamed(question, QStringLiteral("Send request"))->click();

        // The manual step: its command with the value filled in, and its box.
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->manualCheckBox()->isVisible() && panel->manualCheckBox()->isEnabled(), 20'000);
        QCOMPARE(tokenCount(), tokensBefore + 1);
        QTest::mouseClick(panel->copyCommandButton(), Qt::LeftButton);
        static const QRegularExpression command(
            QStringLiteral("^echo [0-9a-f]{16} >> tokens\\.txt$"));
        QVERIFY2(command.match(QApplication::clipboard()->text()).hasMatch(),
                 qPrintable(QApplication::clipboard()->text()));
        panel->manualCheckBox()->click();

        QTRY_VERIFY_WITH_TIMEOUT(view->stateText().startsWith(u"Succeeded: "), 20'000);
        const QString runId = view->runId();
        RunbookJournal* journal = m_store->runbookJournal();
        QCOMPARE(journal->run(runId)->state, RunbookRunState::Succeeded);
        const QList<IncidentTimelineEntry> timeline = journal->timeline(runId);
        QCOMPARE(kinds(timeline),
                 (QStringList{QStringLiteral("run.started"), QStringLiteral("step.started"),
                              QStringLiteral("step.succeeded"), QStringLiteral("decision"),
                              QStringLiteral("step.waiting"), QStringLiteral("approval"),
                              QStringLiteral("step.waiting"), QStringLiteral("confirmation"),
                              QStringLiteral("step.succeeded"), QStringLiteral("step.waiting"),
                              QStringLiteral("manual.done"), QStringLiteral("note"),
                              QStringLiteral("run.finished")}));
        const QString operatorName =
            QStringLiteral("runbook-ui (token %1, admin)").arg(m_adminToken.mid(4, 16));
        QCOMPARE(timeline.constFirst().author, operatorName);
        QCOMPARE(firstOfKind(timeline, "approval").author,
                 QStringLiteral("Bob Lead (entered by %1)").arg(operatorName));
        QVERIFY(firstOfKind(timeline, "approval").text.endsWith(u": go ahead"));
        QCOMPARE(firstOfKind(timeline, "decision").text, decision);
        QCOMPARE(firstOfKind(timeline, "confirmation").author, operatorName);
        // The timeline view holds the same entries, and each reaches the run's incident on
        // recopsd.
        QAbstractItemModel* shown = view->timelineView()->model();
        QTRY_COMPARE(shown->rowCount(), static_cast<int>(timeline.size()));
        QTRY_VERIFY2_WITH_TIMEOUT(view->syncStatus().startsWith(u"Every entry is on the server"),
                                  qPrintable(view->syncStatus()), 20'000);
        for (int index = 0; index < shown->rowCount(); ++index) {
            QCOMPARE(shown->index(index, RunbookTimelineModel::SyncColumn).data().toString(),
                     QStringLiteral("sent"));
        }
        QCOMPARE(journal->queuedCount(url()), 0);
        // The run is in the runs list, finished: nothing to resume.
        QCOMPARE(page->runsView()->model()->rowCount(), 1);
        QVERIFY(page->unfinishedRunsText().isEmpty());

        // The report, through the file dialog.
        QTest::mouseClick(view->exportButton(), Qt::LeftButton);
        QFileDialog* dialog = page->reportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(u".md"));
        const QString reportPath = m_directory.filePath(QStringLiteral("report-%1.md").arg(m_run));
        dialog->selectFile(reportPath);
        static_cast<QDialog*>(dialog)->accept();  // as the Save button does
        QTRY_VERIFY(QFile::exists(reportPath));
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(report.readAll());
        QVERIFY(markdown.startsWith(u"# Post-incident report: Decide, approve, create a token"));
        QVERIFY(markdown.contains(decision));
        QVERIFY(markdown.contains(u"POST /api/v1/tokens"));
        QVERIFY(page->message().contains(reportPath));
    }

    void resumesARunAfterTheWindowIsGone() {
        connectAs(EnvironmentTag::Development, m_adminToken);
        RunbooksPage* page = m_window->runbooksPage();
        page->showRunbook(QStringLiteral("token-approval"));
        auto* name = qobject_cast<QLineEdit*>(
            page->detailsView()->inputForm()->field(QStringLiteral("token_name")));
        name->setText(QStringLiteral("resumed"));
        QVERIFY(page->startShownRunbook());
        QTRY_VERIFY_WITH_TIMEOUT(page->runView()->stepPanel()->approveButton()->isVisible(),
                                 20'000);
        const QString runId = page->runView()->runId();

        // The window goes (the console stops) while the approval waits.
        m_window.reset();
        openWindow();
        connectAs(EnvironmentTag::Development, m_adminToken);
        page = m_window->runbooksPage();
        // The new window shows the unfinished run from the journal and offers to resume it.
        QCOMPARE(page->runView()->runId(), runId);
        QVERIFY(!page->runView()->isLive());
        QVERIFY2(page->unfinishedRunsText().contains(u"'Decide, approve, create a token', "
                                                     u"waiting for a person at step 'approve'"),
                 qPrintable(page->unfinishedRunsText()));
        QVERIFY(!page->runView()->stepPanel()->approveButton()->isVisible());
        QTRY_VERIFY(page->resumeLatestButton()->isEnabled());
        QVERIFY(m_window->commands()->isEnabled(QStringLiteral("runbooks.resume")));
        QTest::mouseClick(page->resumeLatestButton(), Qt::LeftButton);

        RunbookStepPanel* panel = page->runView()->stepPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->approveButton()->isVisible(), 20'000);
        QVERIFY(page->runView()->isLive());
        // The resumed run is unfinished in the journal but live here: nothing else to resume.
        QVERIFY(page->unfinishedRunsText().isEmpty());
        QVERIFY(!m_window->commands()->isEnabled(QStringLiteral("runbooks.resume")));
        QTest::mouseClick(panel->approveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->confirmButton()->isVisible(), 20'000);
        QVERIFY(page->session()->confirm());
        QTRY_VERIFY_WITH_TIMEOUT(panel->manualCheckBox()->isEnabled(), 20'000);
        panel->manualCheckBox()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->runView()->stateText().startsWith(u"Succeeded"), 20'000);

        const QList<IncidentTimelineEntry> timeline = m_store->runbookJournal()->timeline(runId);
        QCOMPARE(kinds(timeline).count(QStringLiteral("run.resumed")), 1);
        QCOMPARE(timeline.constLast().kind, QStringLiteral("run.finished"));
        for (qsizetype index = 0; index < timeline.size(); ++index) {
            QCOMPARE(timeline.at(index).sequence, index);  // one sequence across both windows
        }
        // The default approver is the operator, recorded as such.
        QCOMPARE(firstOfKind(timeline, "approval").author,
                 QStringLiteral("runbook-ui (token %1, admin)").arg(m_adminToken.mid(4, 16)));
    }

    void preparesTheRunThatAnswersAnAlert() {
        connectAs(EnvironmentTag::Development, m_adminToken);
        m_window->showPage(ConsolePage::Dashboard);
        QVERIFY(m_window->commands()->trigger(QStringLiteral("runbooks.for-alert")));
        RunbooksPage* page = m_window->runbooksPage();
        auto* dialog = m_window->findChild<RunbookAlertDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->alertBox()->setCurrentText(QStringLiteral("RecopsdTokenNeeded"));
        dialog->labelsEdit()->setText(
            QStringLiteral("token_name=from-alert severity=warning oops"));
        QVERIFY(dialog->problem().contains(u"\"oops\" is not name=value"));
        QCOMPARE(dialog->labels().value(QStringLiteral("token_name")).toString(),
                 QStringLiteral("from-alert"));
        buttonNamed(dialog, QStringLiteral("Prepare run"))->click();

        QCOMPARE(m_window->currentPage(), ConsolePage::Runbooks);
        QCOMPARE(page->detailsView()->launch().runbook().id, QStringLiteral("token-approval"));
        QCOMPARE(qobject_cast<QLineEdit*>(
                     page->detailsView()->inputForm()->field(QStringLiteral("token_name")))
                     ->text(),
                 QStringLiteral("from-alert"));
        QCOMPARE(page->triggerBox()->currentText(), QStringLiteral("RecopsdTokenNeeded"));
        QCOMPARE(page->libraryView()->model()->rowCount(), 1);
        QVERIFY(page->message().contains(u"token_name filled in from its labels"));
        QVERIFY(page->detailsView()->startButton()->isEnabled());
        QVERIFY(page->startShownRunbook());
        QTRY_VERIFY_WITH_TIMEOUT(page->runView()->stepPanel()->approveButton()->isVisible(),
                                 20'000);
        const auto started =
            m_store->runbookJournal()->timeline(page->runView()->runId()).constFirst();
        QVERIFY(started.text.contains(u"for the alert RecopsdTokenNeeded"));
        QCOMPARE(
            started.data.value(QStringLiteral("alert")).toObject().value(QStringLiteral("name")),
            QJsonValue(QStringLiteral("RecopsdTokenNeeded")));
        QVERIFY(page->session()->abort(QStringLiteral("only a test")));

        // An alert no runbook answers says so.
        QVERIFY(!m_window->startRunbookForAlert(QStringLiteral("NoSuchAlert"), {}));
        QVERIFY(page->message().contains(u"No runbook answers the alert NoSuchAlert"));
    }

    void aViewerReadsButStartsNoActions() {
        connectAs(EnvironmentTag::Development, m_viewerToken);
        RunbooksPage* page = m_window->runbooksPage();
        page->showRunbook(QStringLiteral("token-approval"));
        qobject_cast<QLineEdit*>(
            page->detailsView()->inputForm()->field(QStringLiteral("token_name")))
            ->setText(QStringLiteral("x"));
        QVERIFY(!page->detailsView()->startButton()->isEnabled());
        QVERIFY2(page->detailsView()->refusal().contains(u"A viewer token"),
                 qPrintable(page->detailsView()->refusal()));
        QVERIFY(page->detailsView()->refusal().contains(u"(create)"));
        QVERIFY(!page->startShownRunbook());
        // A runbook without action steps is the viewer's to run.
        page->showRunbook(QStringLiteral("daily-health-check"));
        QVERIFY(page->detailsView()->refusal().isEmpty());
        QVERIFY(page->detailsView()->startButton()->isEnabled());
    }

    void aLockedProductionProfileHoldsBackRunsThatChangeState() {
        connectAs(EnvironmentTag::Production, m_adminToken);
        QVERIFY(m_window->productionLock()->isLocked());
        RunbooksPage* page = m_window->runbooksPage();
        page->showRunbook(QStringLiteral("service-down"));  // opens an incident
        QPushButton* start = page->detailsView()->startButton();
        QVERIFY(!start->isEnabled());
        QVERIFY(start->toolTip().contains(u"Read-only: runbooks is a production profile"));
        // One that only reads may run on a locked production profile.
        page->showRunbook(QStringLiteral("daily-health-check"));
        QVERIFY(start->isEnabled());
        page->showRunbook(QStringLiteral("service-down"));
        QVERIFY(!start->isEnabled());
        m_window->productionLock()->unlock();
        QVERIFY(start->isEnabled());
        QVERIFY(!m_window->commands()->isEnabled(QStringLiteral("runbooks.resume")));
    }

private:
    QString url() const { return QString::fromStdString(m_recopsd->url()); }

    void openWindow() {
        m_window.emplace(&*m_connection, m_store->profiles(), &*m_secrets, &*m_recent);
        m_window->runbooksPage()->setUserFolder(QStringLiteral(RECOPS_RUNBOOK_UI_CASES));
        m_window->runbooksPage()->setJournal(m_store->runbookJournal());
        m_window->show();
        m_window->showPage(ConsolePage::Runbooks);
        QVERIFY(QTest::qWaitForWindowExposed(&*m_window));
    }

    void connectAs(EnvironmentTag environment, const QString& token) {
        ConnectionProfile profile;
        profile.name = QStringLiteral("runbooks");
        profile.url = QUrl(url());
        profile.environment = environment;
        QVERIFY(m_store->profiles()->findByName(profile.name) ||
                m_store->profiles()->save(profile));
        profile = *m_store->profiles()->findByName(profile.name);
        profile.environment = environment;
        QVERIFY(m_store->profiles()->save(profile));
        m_connection->openWithToken(profile, token, ServerConnection::TokenSource::Session);
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->monitor()->health().authentication,
                                  AuthenticationState::Authenticated, 10'000);
        QTRY_VERIFY(m_window->runbooksPage()->isSettled());
    }

    static int rowOf(QTableView* view, const QString& id) {
        QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(Qt::UserRole + 1).toString() == id) {
                return row;
            }
        }
        return -1;
    }

    static QAbstractButton* buttonNamed(QWidget* parent, const QString& text) {
        for (QAbstractButton* button : parent->findChildren<QAbstractButton*>()) {
            if (button->text() == text) {
                return button;
            }
        }
        qFatal("no button %s", qPrintable(text));
    }

    int tokenCount() {
        ApiClient client;
        client.setBaseUrl(QUrl(url()));
        client.setToken(m_adminToken);
        ApiReply* reply = client.get(QStringLiteral("/api/v1/tokens"));
        int count = -1;
        bool done = false;
        QObject::connect(reply, &ApiReply::finished, reply, [&] {
            count = static_cast<int>(
                reply->json().object().value(QStringLiteral("tokens")).toArray().size());
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000)) {
            qFatal("recopsd did not list its tokens");
        }
        return count;
    }

    QTemporaryDir m_directory;
    std::optional<RecopsdProcess> m_recopsd;
    QString m_adminToken;
    QString m_viewerToken;
    int m_run = 0;
    std::optional<LocalStore> m_store;
    std::optional<SecretStore> m_secrets;
    std::optional<ServerConnection> m_connection;
    std::optional<RecentState> m_recent;
    std::optional<MainWindow> m_window;
};

QTEST_MAIN(ConsoleRunbooksTest)
#include "console_runbooks_test.moc"
