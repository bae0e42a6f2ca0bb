// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Runbooks page: the library and the journal's runs on the left, a runbook or a run
// on the right. What a run does and whether it may start or resume is RunbookSession's
// (core); the page shows it, forwards the operator's decisions, and keeps the views in
// step with the journal as entries are written and uploaded.
#include "ui/runbooks_page.h"

#include "core/api_client.h"
#include "core/command_registry.h"
#include "core/health_monitor.h"
#include "core/incident_timeline_sync.h"
#include "core/runbook_engine.h"
#include "core/runbook_journal.h"
#include "core/runbook_launch.h"
#include "core/runbook_library_filter_model.h"
#include "core/runbook_library_model.h"
#include "core/runbook_loader.h"
#include "core/runbook_run_list_model.h"
#include "core/runbook_session.h"
#include "core/runbook_state_text.h"
#include "core/runbook_step_model.h"
#include "core/runbook_timeline_model.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "ui/production_guard.h"
#include "ui/runbook_alert_dialog.h"
#include "ui/runbook_details_view.h"
#include "ui/runbook_run_view.h"
#include "ui/runbook_step_panel.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

namespace {

const QString kForAlertCommand = QStringLiteral("runbooks.for-alert");
const QString kResumeCommand = QStringLiteral("runbooks.resume");
const QString kExportCommand = QStringLiteral("runbooks.export-report");

QTableView* makeList(const QString& accessibleName, QAbstractItemModel* model, QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace

RunbooksPage::RunbooksPage(ServerConnection* connection, SecretStore* secrets,
                           ProductionGuard* guard, QWidget* parent)
    : PageWidget(ConsolePage::Runbooks, parent)
    , m_connection(connection)
    , m_secrets(secrets)
    , m_guard(guard)
    , m_libraryModel(new RunbookLibraryModel(this))
    , m_libraryFilter(new RunbookLibraryFilterModel(this))
    , m_runs(new RunbookRunListModel(this))
    , m_timeline(new RunbookTimelineModel(this))
    , m_journaledSteps(new RunbookStepModel(this))
    , m_search(new QLineEdit(this))
    , m_trigger(new QComboBox(this))
    , m_libraryView(nullptr)
    , m_libraryProblems(new QLabel(this))
    , m_runsView(nullptr)
    , m_unfinished(new QWidget(this))
    , m_unfinishedText(new QLabel(m_unfinished))
    , m_resumeLatest(new QPushButton(tr("Resume"), m_unfinished))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_details(new RunbookDetailsView(guard, m_stack))
    , m_runView(new RunbookRunView(m_timeline, guard, m_stack)) {
    setAccessibleName(tr("Runbooks"));
    m_libraryFilter->setSourceModel(m_libraryModel);

    m_unfinished->setObjectName(QStringLiteral("unfinishedRuns"));
    m_unfinished->setAutoFillBackground(true);
    QPalette notice = m_unfinished->palette();
    notice.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe0));
    notice.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_unfinished->setPalette(notice);
    m_unfinishedText->setWordWrap(true);
    m_unfinishedText->setAccessibleName(tr("Unfinished runs"));
    m_resumeLatest->setObjectName(QStringLiteral("resumeLatest"));
    m_resumeLatest->setAccessibleName(tr("Resume the unfinished run"));
    if (m_guard) {
        m_guard->guard(m_resumeLatest);
    }
    auto* unfinishedLayout = new QHBoxLayout(m_unfinished);
    unfinishedLayout->addWidget(m_unfinishedText, 1);
    unfinishedLayout->addWidget(m_resumeLatest);
    m_unfinished->hide();
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Runbooks message"));
    m_message->hide();

    auto* panel = new QWidget(this);
    buildLibraryPanel(panel);
    m_stack->addWidget(m_details);
    m_stack->addWidget(m_runView);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(panel);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({330, 770});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_unfinished);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_details, &RunbookDetailsView::startRequested, this, &RunbooksPage::startShownRunbook);
    connect(m_runView, &RunbookRunView::resumeRequested, this, &RunbooksPage::resumeRun);
    connect(m_runView, &RunbookRunView::exportRequested, this, &RunbooksPage::chooseReportFile);
    connect(m_runView, &RunbookRunView::retryRequested, this, [this] { m_session->retry(); });
    connect(m_runView, &RunbookRunView::skipRequested, this,
            [this](const QString& reason) { m_session->skip(reason); });
    connect(m_runView, &RunbookRunView::abortRequested, this,
            [this](const QString& reason) { m_session->abort(reason); });
    RunbookStepPanel* steps = m_runView->stepPanel();
    connect(steps, &RunbookStepPanel::confirmed, this, [this] { m_session->confirm(); });
    connect(steps, &RunbookStepPanel::manualDone, this, [this] { m_session->confirm(); });
    connect(
        steps, &RunbookStepPanel::approved, this,
        [this](const QString& who, const QString& comment) { m_session->approve(who, comment); });
    connect(steps, &RunbookStepPanel::rejected, this,
            [this](const QString& who, const QString& reason) { m_session->reject(who, reason); });
    connect(m_resumeLatest, &QPushButton::clicked, this, [this] {
        if (const auto run = latestInterruptedRun()) {
            resumeRun(run->id);
        }
    });

    connect(connection->monitor(), &HealthMonitor::healthChanged, this,
            &RunbooksPage::followHealth);
    connect(connection, &ServerConnection::profileChanged, this, [this] {
        if (m_session) {
            m_session->followServer();
        }
        followHealth(m_connection->monitor()->health());
    });
    reloadLibrary();
    followHealth(connection->monitor()->health());
}

RunbooksPage::~RunbooksPage() {
    // The session's sync reports its stop while it goes; the page must not hear it half gone.
    if (m_session) {
        m_session->sync()->disconnect(this);
        m_session->disconnect(this);
        delete m_session;
    }
}

void RunbooksPage::buildLibraryPanel(QWidget* panel) {
    m_search->setObjectName(QStringLiteral("pageFilter"));
    m_search->setAccessibleName(tr("Search runbooks"));
    m_search->setPlaceholderText(
        tr("Search runbooks: text, or id=token-* source=built-in "
           "(Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_libraryFilter,
            &RunbookLibraryFilterModel::setQuery);
    m_trigger->setAccessibleName(tr("Alert the runbook answers"));
    connect(m_trigger, &QComboBox::currentIndexChanged, this,
            [this] { m_libraryFilter->setTrigger(m_trigger->currentData().toString()); });

    m_libraryView = makeList(tr("Runbook library"), m_libraryFilter, panel);
    m_libraryView->setSortingEnabled(true);
    m_libraryView->sortByColumn(RunbookLibraryModel::TitleColumn, Qt::AscendingOrder);
    for (int column : {RunbookLibraryModel::IdColumn, RunbookLibraryModel::StepsColumn,
                       RunbookLibraryModel::SourceColumn}) {
        m_libraryView->setColumnHidden(column, true);
    }
    m_libraryView->horizontalHeader()->setSectionResizeMode(RunbookLibraryModel::TitleColumn,
                                                            QHeaderView::Stretch);
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    showRunbook(current.data(RunbookLibraryModel::RunbookIdRole).toString());
                }
            });
    m_libraryView->setMinimumHeight(150);
    m_libraryProblems->setWordWrap(true);
    m_libraryProblems->setAccessibleName(tr("Problems in the user runbooks"));
    m_libraryProblems->hide();

    m_runsView = makeList(tr("Runs in the journal"), m_runs, panel);
    for (int column : {RunbookRunListModel::StepColumn, RunbookRunListModel::AuthorColumn,
                       RunbookRunListModel::ServerColumn}) {
        m_runsView->setColumnHidden(column, true);
    }
    m_runsView->horizontalHeader()->setSectionResizeMode(RunbookRunListModel::TitleColumn,
                                                         QHeaderView::Stretch);
    connect(m_runsView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        showRun(index.data(RunbookRunListModel::RunIdRole).toString());
    });
    connect(m_runsView, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        showRun(index.data(RunbookRunListModel::RunIdRole).toString());
    });

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Library"), panel));
    layout->addWidget(m_search);
    layout->addWidget(m_trigger);
    layout->addWidget(m_libraryView, 3);
    layout->addWidget(m_libraryProblems);
    layout->addWidget(heading(tr("Runs"), panel));
    layout->addWidget(m_runsView, 2);
}

void RunbooksPage::setJournal(RunbookJournal* journal) {
    if (m_session) {
        m_session->sync()->disconnect(this);
        m_session->disconnect(this);
        delete m_session;
    }
    m_journal = journal;
    m_session = new RunbookSession(m_connection->client(), journal, m_secrets, this);
    m_session->setOperator(m_connection->monitor()->health().identity);
    connect(m_session, &RunbookSession::engineChanged, this, &RunbooksPage::followEngine);
    connect(m_session, &RunbookSession::runChanged, this, &RunbooksPage::followLiveRun);
    connect(m_session, &RunbookSession::problem, this, &RunbooksPage::say);
    IncidentTimelineSync* sync = m_session->sync();
    connect(sync, &IncidentTimelineSync::entrySent, this, &RunbooksPage::followTimeline);
    connect(sync, &IncidentTimelineSync::incidentCreated, this, [this] {
        reloadRuns();
        followTimeline();
    });
    connect(sync, &IncidentTimelineSync::statusChanged, this, &RunbooksPage::followTimeline);
    connect(journal, &RunbookJournal::timelineAppended, this, [this](const QString& runId) {
        reloadRuns();
        if (runId == shownRunId()) {
            followTimeline();
        }
    });
    reloadRuns();
    // After a restart the run that was going on comes first: it is shown, and offered.
    const QList<RunbookRunRecord> unfinished = m_runs->unfinished();
    if (!unfinished.isEmpty()) {
        showRun(unfinished.constFirst().id);
    }
    followAvailability();
}

void RunbooksPage::setUserFolder(const QString& folder) {
    m_userFolder = folder;
    reloadLibrary();
}

void RunbooksPage::reloadLibrary() {
    const QString shown = m_details->launch().runbook().id;
    m_library.load(m_userFolder);
    m_libraryModel->setRunbooks(m_library.runbooks());
    const QString trigger = m_trigger->currentData().toString();
    m_trigger->blockSignals(true);
    m_trigger->clear();
    m_trigger->addItem(tr("Any alert"), QString());
    for (const QString& name : m_library.triggers()) {
        m_trigger->addItem(name, name);
    }
    m_trigger->setCurrentIndex(std::max(0, m_trigger->findData(trigger)));
    m_trigger->blockSignals(false);
    m_libraryFilter->setTrigger(m_trigger->currentData().toString());

    QStringList problems;
    for (const RunbookIssue& issue : m_library.issues()) {
        problems.append(issue.toString());
    }
    m_libraryProblems->setText(
        problems.isEmpty() ? QString()
                           : tr("Not loaded, with errors (runbook content, as the loader says "
                                "it):\n%1")
                                 .arg(problems.join(u'\n')));
    m_libraryProblems->setVisible(!problems.isEmpty());
    if (!shown.isEmpty() && m_library.find(shown)) {
        showRunbook(shown);
    } else if (!m_library.runbooks().isEmpty() && m_stack->currentWidget() == m_details) {
        m_libraryView->selectRow(0);
    }
}

bool RunbooksPage::startRunbookForAlert(const QString& alertName, const QVariantMap& labels) {
    const auto launch = RunbookLaunch::forAlert(m_library, alertName, labels);
    if (!launch) {
        say(tr("No runbook answers the alert %1: a runbook names the alerts it answers in its "
               "triggers.")
                .arg(alertName));
        return false;
    }
    const int trigger = m_trigger->findData(alertName);
    m_trigger->setCurrentIndex(std::max(0, trigger));
    showLaunch(*launch);
    const QStringList filled = RunbookLaunch(launch->runbook()).fillFromLabels(labels);
    say(filled.isEmpty()
            ? tr("'%1' answers the alert %2. Check its inputs and start it.")
                  .arg(launch->runbook().title, alertName)
            : tr("'%1' answers the alert %2; %3 filled in from its labels. Check the inputs and "
                 "start it.")
                  .arg(launch->runbook().title, alertName, filled.join(QStringLiteral(", "))));
    m_details->startButton()->setFocus(Qt::OtherFocusReason);
    Q_EMIT pageRequested();
    return true;
}

RunbookAlertDialog* RunbooksPage::openAlertDialog() {
    if (!m_alertDialog) {
        m_alertDialog = new RunbookAlertDialog(m_library.triggers(), this);
        m_alertDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_alertDialog, &RunbookAlertDialog::requested, this,
                &RunbooksPage::startRunbookForAlert);
    }
    m_alertDialog->open();
    return m_alertDialog;
}

bool RunbooksPage::startShownRunbook() {
    if (!m_session) {
        say(tr("The local store is not open, so a run could not be journaled."));
        return false;
    }
    if (!m_session->start(m_details->launch())) {
        say(m_session->errorString());
        return false;
    }
    say(QString());
    return true;
}

bool RunbooksPage::resumeRun(const QString& runId) {
    if (!m_session || !m_session->resume(runId)) {
        say(m_session ? m_session->errorString()
                      : tr("The local store is not open, so a run could not be journaled."));
        return false;
    }
    say(QString());
    return true;
}

void RunbooksPage::chooseReportFile(const QString& runId) {
    const auto run = m_journal ? m_journal->run(runId) : std::nullopt;
    if (!run) {
        return;
    }
    const QString name = QStringLiteral("%1-%2.md")
                             .arg(run->runbookId, QDateTime::fromMSecsSinceEpoch(run->createdAtMs)
                                                      .toString(QStringLiteral("yyyyMMdd-HHmm")));
    // Window-modal, without a nested event loop.
    auto* dialog = new QFileDialog(this, tr("Export the post-incident report"),
                                   QDir::home().filePath(name), tr("Markdown (*.md)"));
    dialog->setObjectName(QStringLiteral("reportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, runId](const QString& path) { exportReport(runId, path); });
    m_reportDialog = dialog;
    dialog->open();
}

QFileDialog* RunbooksPage::reportDialog() const {
    return m_reportDialog;
}

bool RunbooksPage::exportReport(const QString& runId, const QString& path) {
    if (!m_session || !m_session->exportReport(runId, path)) {
        say(m_session ? m_session->errorString()
                      : tr("The local store is not open, so there is no report."));
        return false;
    }
    say(tr("Wrote the report to %1.").arg(path));
    return true;
}

void RunbooksPage::say(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString RunbooksPage::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

bool RunbooksPage::isSettled() const {
    return !m_connection || !m_connection->isOpen() ||
           m_connection->monitor()->health().isSettled();
}

void RunbooksPage::refresh() {
    reloadLibrary();
    reloadRuns();
    followTimeline();
    if (m_connection && m_connection->isOpen()) {
        m_connection->monitor()->checkNow();
    }
}

void RunbooksPage::registerCommands(CommandRegistry* commands) {
    Command forAlert;
    forAlert.id = kForAlertCommand;
    forAlert.title = tr("Run runbook for alert…");
    forAlert.category = tr("Runbooks");
    forAlert.keywords = {tr("alert"), tr("incident"), tr("start")};
    forAlert.run = [this] {
        openAlertDialog();
    };
    commands->add(forAlert, this);

    Command resume;
    resume.id = kResumeCommand;
    resume.title = tr("Resume the unfinished runbook run");
    resume.category = tr("Runbooks");
    resume.keywords = {tr("continue"), tr("journal"), tr("restart")};
    resume.changesServerState = true;
    resume.run = [this] {
        if (const auto run = latestInterruptedRun()) {
            resumeRun(run->id);
        }
    };
    commands->add(resume, this);

    Command report;
    report.id = kExportCommand;
    report.title = tr("Export the run's report…");
    report.category = tr("Runbooks");
    report.keywords = {tr("post-incident"), tr("markdown"), tr("save")};
    report.run = [this] {
        chooseReportFile(m_runView->runId());
    };
    commands->add(report, this);

    m_commands = commands;
    connect(m_runs, &QAbstractItemModel::modelReset, this, &RunbooksPage::followCommands);
    connect(m_runs, &QAbstractItemModel::dataChanged, this, &RunbooksPage::followCommands);
    connect(m_stack, &QStackedWidget::currentChanged, this, &RunbooksPage::followCommands);
    followCommands();
}

void RunbooksPage::followCommands() {
    if (!m_commands) {
        return;
    }
    // A run resumed or started here leaves the journal's runs as they were, so this
    // follows the engine too (through followAvailability()), not the runs list alone.
    m_commands->setEnabled(kResumeCommand, latestInterruptedRun().has_value(),
                           tr("No unfinished run in the journal."));
    m_commands->setEnabled(kExportCommand, !shownRunId().isEmpty(),
                           tr("Open a run on the Runbooks page first."));
}

}  // namespace recops::console
