// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook_library.h"
#include "core/runbook_run_record.h"
#include "ui/page_widget.h"

#include <QPointer>
#include <QVariantMap>

class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace recops::console {

class ProductionGuard;
class RunbookAlertDialog;
class RunbookDetailsView;
class RunbookEngine;
class RunbookJournal;
class RunbookLaunch;
class RunbookLibraryFilterModel;
class RunbookLibraryModel;
class RunbookRunListModel;
class RunbookRunView;
class RunbookSession;
class RunbookStepModel;
class RunbookTimelineModel;
class SecretStore;
class ServerConnection;
struct ServerHealth;

/**
 * The Runbooks page, where an operator runs an incident procedure: the library (built-in
 * and the user folder's runbooks) with search and a filter by the alert they answer; a
 * runbook's description, inputs and steps before it runs; and the run itself
 * (RunbookRunView): steps with their live state, requests and results, decisions with
 * their explanations, the person's part (confirm, manual steps, approvals), skip, retry,
 * abort, the timeline as it reaches the server, and the report.
 *
 * Runs are journaled in the local store (setJournal()); the journal's runs are listed, and
 * one a restart interrupted is offered for resuming. startRunbookForAlert() prepares the
 * run that answers an alert. Controls that change server state follow the production
 * lock; a viewer token reads everything but starts no runbook with action steps.
 */
class RunbooksPage : public PageWidget {
    Q_OBJECT

public:
    RunbooksPage(ServerConnection* connection, SecretStore* secrets, ProductionGuard* guard,
                 QWidget* parent = nullptr);
    ~RunbooksPage() override;

    /// Where runs are journaled (LocalStore::runbookJournal()); until then runs cannot start.
    void setJournal(RunbookJournal* journal);
    /// The folder of user runbooks (none until set: the built-in ones alone); reloads the
    /// library.
    void setUserFolder(const QString& folder);
    QString userFolder() const { return m_userFolder; }

    /**
     * Prepares the run that answers the alert @p alertName: selects the runbook whose
     * triggers name it (the first by id when several do; the library then shows those),
     * fills its inputs from the alert's @p labels (a label named like an input gives its
     * value) and focuses Start. False, with the reason on the page, when none answers it.
     */
    bool startRunbookForAlert(const QString& alertName, const QVariantMap& labels);
    /// Opens the "Run runbook for alert…" dialog.
    RunbookAlertDialog* openAlertDialog();

    void showRunbook(const QString& runbookId);
    /// Shows a journaled run (the live one, if it is that one).
    void showRun(const QString& runId);
    /// Starts the runbook shown, with the inputs as typed; false with message().
    bool startShownRunbook();
    bool resumeRun(const QString& runId);
    /// Writes run @p runId's report to @p path; false with message().
    bool exportReport(const QString& runId, const QString& path);

    /// The last thing the page had to say (a refusal, a failure, a file written).
    QString message() const;
    /// The unfinished runs the page offers to resume, in words; empty when none.
    QString unfinishedRunsText() const;

    bool isSettled() const override;
    void refresh() override;
    QLineEdit* filterEdit() const override { return m_search; }
    void registerCommands(CommandRegistry* commands) override;

    RunbookSession* session() const { return m_session; }
    RunbookDetailsView* detailsView() const { return m_details; }
    RunbookRunView* runView() const { return m_runView; }
    QTableView* libraryView() const { return m_libraryView; }
    QTableView* runsView() const { return m_runsView; }
    QComboBox* triggerBox() const { return m_trigger; }
    QPushButton* resumeLatestButton() const { return m_resumeLatest; }
    /// The file dialog of the last "Export report…", while it is open.
    QFileDialog* reportDialog() const;
    const RunbookLibrary& library() const { return m_library; }

Q_SIGNALS:
    /// The page wants to be shown (a run was prepared for an alert from elsewhere).
    void pageRequested();

private:
    void buildLibraryPanel(QWidget* panel);
    void reloadLibrary();
    void reloadRuns();
    void followHealth(const ServerHealth& health);
    void followAvailability();
    /// Enables the page's commands in the palette as the runs and the view allow.
    void followCommands();
    void followEngine(RunbookEngine* engine);
    void followLiveRun();
    void followTimeline();
    void showLaunch(const RunbookLaunch& launch);
    void say(const QString& text);
    void chooseReportFile(const QString& runId);
    QString shownRunId() const;
    /// The unfinished runs of the journal, newest first, but the one this window runs live.
    QList<RunbookRunRecord> interruptedRuns() const;
    /// The newest of interruptedRuns(), the one the Resume button above the library offers.
    std::optional<RunbookRunRecord> latestInterruptedRun() const;

    QPointer<ServerConnection> m_connection;
    QPointer<SecretStore> m_secrets;
    ProductionGuard* m_guard;
    QPointer<RunbookJournal> m_journal;
    RunbookSession* m_session = nullptr;
    RunbookLibrary m_library;
    QString m_userFolder;
    RunbookLibraryModel* m_libraryModel;
    RunbookLibraryFilterModel* m_libraryFilter;
    RunbookRunListModel* m_runs;
    RunbookTimelineModel* m_timeline;
    /// The steps of a run shown from the journal (a live run shows its engine's).
    RunbookStepModel* m_journaledSteps;
    QLineEdit* m_search;
    QComboBox* m_trigger;
    QTableView* m_libraryView;
    QLabel* m_libraryProblems;
    QTableView* m_runsView;
    QWidget* m_unfinished;
    QLabel* m_unfinishedText;
    QPushButton* m_resumeLatest;
    QLabel* m_message;
    QStackedWidget* m_stack;
    RunbookDetailsView* m_details;
    RunbookRunView* m_runView;
    QPointer<RunbookAlertDialog> m_alertDialog;
    QPointer<QFileDialog> m_reportDialog;
    QPointer<CommandRegistry> m_commands;
};

}  // namespace recops::console
