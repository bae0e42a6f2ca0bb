// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/runbook_run_view.h"

#include "core/runbook_engine.h"
#include "core/runbook_state_text.h"
#include "core/runbook_step_model.h"
#include "core/runbook_template.h"
#include "core/runbook_timeline_model.h"
#include "core/runbook_variables.h"
#include "ui/production_guard.h"
#include "ui/runbook_step_panel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

namespace {

QTableView* makeTable(const QString& accessibleName, QWidget* parent) {
    auto* table = new QTableView(parent);
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

// A step as the operator reads it: its texts with the run's variables filled in, secrets
// redacted (the engine fills in the same way what it writes down).
RunbookStep displayed(RunbookStep step, const RunbookVariables& variables) {
    for (QString* text : {&step.title, &step.description, &step.instructions, &step.command,
                          &step.checkbox, &step.prompt}) {
        QString error;
        *text = RunbookTemplate::render(*text, variables, RunbookTemplate::Mode::Redacted, &error)
                    .value_or(*text);
    }
    return step;
}

}  // namespace

RunbookRunView::RunbookRunView(RunbookTimelineModel* timeline, ProductionGuard* guard,
                               QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_resume(new QPushButton(tr("Resume run"), this))
    , m_retry(new QPushButton(tr("Retry step"), this))
    , m_reason(new QLineEdit(this))
    , m_skip(new QPushButton(tr("Skip step"), this))
    , m_abort(new QPushButton(tr("Abort run"), this))
    , m_export(new QPushButton(tr("Export report…"), this))
    , m_stepView(makeTable(tr("Steps of the run"), this))
    , m_panel(new RunbookStepPanel(guard, this))
    , m_timelineView(makeTable(tr("Timeline"), this))
    , m_sync(new QLabel(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Runbook of the run"));
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_state->setAccessibleName(tr("Run state"));
    m_state->setWordWrap(true);
    m_facts->setAccessibleName(tr("About this run"));
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setAccessibleName(tr("Run notice"));
    m_notice->setWordWrap(true);
    m_sync->setAccessibleName(tr("Timeline on the server"));
    m_sync->setWordWrap(true);

    m_reason->setAccessibleName(tr("Reason to skip or abort"));
    m_reason->setPlaceholderText(tr("Reason to skip the step or abort the run"));
    m_resume->setObjectName(QStringLiteral("resumeRun"));
    m_retry->setObjectName(QStringLiteral("retryStep"));
    m_skip->setObjectName(QStringLiteral("skipStep"));
    m_abort->setObjectName(QStringLiteral("abortRun"));
    m_export->setObjectName(QStringLiteral("exportReport"));
    if (m_guard) {
        for (QWidget* control : {static_cast<QWidget*>(m_resume), static_cast<QWidget*>(m_retry),
                                 static_cast<QWidget*>(m_skip), static_cast<QWidget*>(m_abort)}) {
            m_guard->guard(control);
        }
    }
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_run.id); });
    connect(m_retry, &QPushButton::clicked, this, &RunbookRunView::retryRequested);
    connect(m_skip, &QPushButton::clicked, this,
            [this] { Q_EMIT skipRequested(m_reason->text().trimmed()); });
    connect(m_abort, &QPushButton::clicked, this,
            [this] { Q_EMIT abortRequested(m_reason->text().trimmed()); });
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(m_run.id); });
    connect(m_reason, &QLineEdit::textChanged, this, &RunbookRunView::followControls);

    m_timelineView->setModel(timeline);
    m_timelineView->horizontalHeader()->moveSection(RunbookTimelineModel::SyncColumn, 1);
    m_timelineView->setColumnWidth(RunbookTimelineModel::TimeColumn, 72);
    m_timelineView->setColumnWidth(RunbookTimelineModel::SyncColumn, 80);
    m_timelineView->setColumnWidth(RunbookTimelineModel::AuthorColumn, 150);
    m_timelineView->setColumnWidth(RunbookTimelineModel::KindColumn, 110);
    connect(timeline, &QAbstractItemModel::rowsInserted, m_timelineView,
            [this] { m_timelineView->scrollToBottom(); });

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_resume);
    controls->addWidget(m_retry);
    controls->addWidget(m_reason, 1);
    controls->addWidget(m_skip);
    controls->addWidget(m_abort);
    controls->addSpacing(12);
    controls->addWidget(m_export);

    auto* panelScroll = new QScrollArea(this);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    auto* stepSplitter = new QSplitter(Qt::Horizontal, this);
    stepSplitter->addWidget(m_stepView);
    stepSplitter->addWidget(panelScroll);
    stepSplitter->setStretchFactor(0, 3);
    stepSplitter->setStretchFactor(1, 2);
    stepSplitter->setSizes({480, 320});

    auto* timelineGroup = new QGroupBox(tr("Timeline"), this);
    auto* timelineLayout = new QVBoxLayout(timelineGroup);
    timelineLayout->addWidget(m_sync);
    timelineLayout->addWidget(m_timelineView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(stepSplitter);
    splitter->addWidget(timelineGroup);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_facts);
    layout->addWidget(m_notice);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    followControls();
}

void RunbookRunView::showRun(const Runbook& runbook, const RunbookRunRecord& run,
                             RunbookStepModel* steps, RunbookEngine* engine) {
    if (m_steps) {
        m_steps->disconnect(this);
    }
    m_runbook = runbook;
    m_engine = engine;
    m_steps = steps;
    m_selectedStep.clear();
    m_stepView->setModel(steps);
    for (int column = 0; column < RunbookStepModel::ColumnCount; ++column) {
        m_stepView->setColumnHidden(column, column == RunbookStepModel::KindColumn ||
                                                column == RunbookStepModel::StartedColumn ||
                                                column == RunbookStepModel::FinishedColumn);
    }
    m_stepView->setColumnWidth(RunbookStepModel::StepColumn, 140);
    m_stepView->setColumnWidth(RunbookStepModel::StateColumn, 135);
    m_stepView->setColumnWidth(RunbookStepModel::RequestColumn, 120);
    m_stepView->setColumnWidth(RunbookStepModel::ResultColumn, 140);
    connect(m_stepView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_selectedStep = current.data(RunbookStepModel::StepIdRole).toString();
                showSelectedStep();
            });
    connect(steps, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_engine) {
            updateRun(m_engine->run());
            return;
        }
        followCurrentStep();
        showSelectedStep();
        followControls();
    });
    m_reason->clear();
    updateRun(run);
    followCurrentStep();
}

void RunbookRunView::updateRun(const RunbookRunRecord& run) {
    const QString previousStep = m_run.currentStep;
    m_run = run;
    m_title->setText(run.title);
    QString state = RunbookStateText::run(run.state);
    if (run.isFinished()) {
        state = tr("%1: %2").arg(state, run.outcome);
    } else if (!run.currentStep.isEmpty()) {
        state = tr("%1 at step '%2'").arg(state, run.currentStep);
    }
    m_state->setText(state);
    QString incident;
    switch (run.incidentLink) {
        case IncidentLink::None:
            incident = tr("opens no incident");
            break;
        case IncidentLink::Pending:
            incident = tr("incident not on the server yet");
            break;
        case IncidentLink::Created:
            incident = tr("incident %1").arg(run.incidentId);
            break;
    }
    m_facts->setText(tr("Run %1 against %2, started %3 by %4 · %5")
                         .arg(run.id, run.serverUrl, RunbookStateText::dateAndTime(run.createdAtMs),
                              run.author, incident));
    const bool interrupted = !isLive() && !run.isFinished();
    m_notice->setText(interrupted
                          ? tr("This run has not finished, and no console is running it now (it "
                               "stopped at step '%1'). Resume it to go on from there.")
                                .arg(run.currentStep)
                          : QString());
    m_notice->setVisible(interrupted);
    if (m_guard) {
        for (QWidget* control : {static_cast<QWidget*>(m_resume), static_cast<QWidget*>(m_retry),
                                 static_cast<QWidget*>(m_skip), static_cast<QWidget*>(m_abort)}) {
            m_guard->setLockApplies(control, m_runbook.changesServerState());
        }
    }
    if (previousStep != run.currentStep) {
        followCurrentStep();
    }
    showSelectedStep();
    followControls();
}

void RunbookRunView::setSyncStatus(const QString& text) {
    m_sync->setText(text);
}

void RunbookRunView::setResumeRefusal(const QString& reason) {
    m_resumeRefusal = reason;
    m_resume->setToolTip(reason);
    followControls();
}

bool RunbookRunView::isLive() const {
    return !m_engine.isNull();
}

QString RunbookRunView::stateText() const {
    return m_state->text();
}

QString RunbookRunView::syncStatus() const {
    return m_sync->text();
}

void RunbookRunView::followCurrentStep() {
    if (!m_steps) {
        return;
    }
    // The selection follows the run while it is on the step the run is at (or on none),
    // and stays where the operator put it otherwise.
    const int currentRow = m_steps->rowOf(m_run.currentStep);
    const QString selected = m_selectedStep;
    const bool following =
        selected.isEmpty() || selected == m_run.currentStep ||
        m_steps->record(m_steps->rowOf(selected)).state == RunbookStepState::Succeeded;
    if (currentRow >= 0 && following && selected != m_run.currentStep) {
        const QModelIndex index = m_steps->index(currentRow, RunbookStepModel::StepColumn);
        m_selectedStep = m_run.currentStep;
        m_stepView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_stepView->scrollTo(index);
    }
}

void RunbookRunView::showSelectedStep() {
    const RunbookStep* step = m_runbook.step(m_selectedStep);
    if (!step || !m_steps) {
        m_panel->clear();
        return;
    }
    const RunbookStepRecord record = m_steps->record(m_steps->rowOf(m_selectedStep));
    const bool actionable = isLive() && !m_run.isFinished() && m_selectedStep == m_run.currentStep;
    const RunbookVariables variables =
        m_engine ? m_engine->variables() : RunbookVariables::fromJournal(m_run.variables);
    m_panel->showStep(displayed(*step, variables), record, actionable,
                      m_runbook.changesServerState());
    if (actionable && record.state == RunbookStepState::WaitingForOperator) {
        m_panel->setManualDetails(m_engine->currentCommandForClipboard(),
                                  m_engine->revealedSecrets());
    }
}

void RunbookRunView::setWanted(QWidget* control, bool wanted) {
    if (m_guard) {
        m_guard->setWanted(control, wanted);
    } else {
        control->setEnabled(wanted);
    }
}

void RunbookRunView::followControls() {
    const bool shown = !m_run.id.isEmpty();
    const bool open = shown && !m_run.isFinished();
    const bool live = isLive() && open;
    const bool reason = !m_reason->text().trimmed().isEmpty();
    const RunbookStepState stepState =
        m_steps ? m_steps->record(m_steps->rowOf(m_run.currentStep)).state
                : RunbookStepState::Pending;
    m_resume->setVisible(open && !isLive());
    setWanted(m_resume, open && !isLive() && m_resumeRefusal.isEmpty());
    setWanted(m_retry, live && (m_run.state == RunbookRunState::Halted ||
                                stepState == RunbookStepState::Interrupted));
    setWanted(m_skip, live && m_run.nextStep.isEmpty() && reason);
    setWanted(m_abort, live && reason);
    m_reason->setEnabled(live);
    m_export->setEnabled(shown);
}

}  // namespace recops::console
