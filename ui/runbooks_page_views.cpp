// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// RunbooksPage, continued: the journal's runs, and keeping the right-hand side (a runbook, a
// launch or a run) in step with the journal, the engine and the server's health. The page's
// construction, its library and its commands are in runbooks_page.cpp.

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
#include "ui/runbooks_page.h"

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

void RunbooksPage::reloadRuns() {
    m_runs->setRuns(m_journal && m_journal->isOpen() ? m_journal->runs()
                                                     : QList<RunbookRunRecord>());
    const QList<RunbookRunRecord> waiting = interruptedRuns();
    if (waiting.isEmpty()) {
        m_unfinishedText->clear();
    } else {
        const RunbookRunRecord& latest = waiting.constFirst();
        m_unfinishedText->setText(
            tr("Runs left unfinished when a console stopped: %1. The latest: '%2', %3 at step "
               "'%4', started %5 by %6.")
                .arg(waiting.size())
                .arg(latest.title, RunbookStateText::run(latest.state).toLower(),
                     latest.currentStep, RunbookStateText::dateAndTime(latest.createdAtMs),
                     latest.author));
    }
    m_unfinished->setVisible(!waiting.isEmpty());
    followAvailability();
}

QList<RunbookRunRecord> RunbooksPage::interruptedRuns() const {
    QList<RunbookRunRecord> runs = m_runs->unfinished();
    if (m_session && m_session->engine()) {
        // The live run is unfinished in the journal too, but nothing interrupted it.
        const QString liveRunId = m_session->engine()->runId();
        runs.removeIf([&liveRunId](const RunbookRunRecord& run) { return run.id == liveRunId; });
    }
    return runs;
}

std::optional<RunbookRunRecord> RunbooksPage::latestInterruptedRun() const {
    const QList<RunbookRunRecord> runs = interruptedRuns();
    return runs.isEmpty() ? std::nullopt : std::optional(runs.constFirst());
}

QString RunbooksPage::unfinishedRunsText() const {
    return m_unfinished->isHidden() ? QString() : m_unfinishedText->text();
}

void RunbooksPage::showLaunch(const RunbookLaunch& launch) {
    m_details->setLaunch(launch);
    m_stack->setCurrentWidget(m_details);
    const int row = m_libraryModel->rowOf(launch.runbook().id);
    const QModelIndex index = m_libraryFilter->mapFromSource(m_libraryModel->index(row, 0));
    if (index.isValid() && m_libraryView->currentIndex().row() != index.row()) {
        m_libraryView->blockSignals(true);
        m_libraryView->setCurrentIndex(index);
        m_libraryView->blockSignals(false);
    }
    followAvailability();
}

void RunbooksPage::showRunbook(const QString& runbookId) {
    const auto runbook = m_library.find(runbookId);
    if (!runbook) {
        return;
    }
    if (m_stack->currentWidget() == m_details && m_details->launch().runbook().id == runbookId) {
        return;  // keep what was typed
    }
    showLaunch(RunbookLaunch(*runbook));
}

void RunbooksPage::showRun(const QString& runId) {
    RunbookEngine* engine = m_session ? m_session->engine() : nullptr;
    if (engine && engine->runId() == runId) {
        followEngine(engine);
        return;
    }
    const auto run = m_journal ? m_journal->run(runId) : std::nullopt;
    if (!run) {
        return;
    }
    RunbookIssues issues;
    const auto runbook =
        RunbookLoader::fromDefinition(run->definition, run->runbookId + u".json", &issues);
    if (!runbook) {
        say(tr("The runbook journaled with run %1 does not load: %2")
                .arg(runId, issues.value(0).toString()));
        return;
    }
    m_journaledSteps->reset(*runbook, m_journal->steps(runId));
    m_journaledSteps->setCurrentStep(run->currentStep);
    m_runView->showRun(*runbook, *run, m_journaledSteps, nullptr);
    m_stack->setCurrentWidget(m_runView);
    followTimeline();
    followAvailability();
}

QString RunbooksPage::shownRunId() const {
    return m_stack->currentWidget() == m_runView ? m_runView->runId() : QString();
}

void RunbooksPage::followEngine(RunbookEngine* engine) {
    if (!engine) {
        // The live run was let go (another server): it is shown as the journal has it.
        const QString runId = m_runView->runId();
        if (m_runView->isLive() && !runId.isEmpty()) {
            showRun(runId);
        }
        reloadRuns();
        return;
    }
    m_runView->showRun(engine->runbook(), engine->run(), engine->stepModel(), engine);
    m_stack->setCurrentWidget(m_runView);
    followLiveRun();
}

void RunbooksPage::followLiveRun() {
    RunbookEngine* engine = m_session ? m_session->engine() : nullptr;
    if (engine && m_runView->isLive()) {
        // The journal's record: the engine's, plus the incident the sync created.
        m_runView->updateRun(m_journal->run(engine->runId()).value_or(engine->run()));
    }
    reloadRuns();
    followTimeline();
    followAvailability();
}

void RunbooksPage::followTimeline() {
    const QString runId = shownRunId();
    if (runId.isEmpty() || !m_journal || !m_journal->isOpen()) {
        m_timeline->clear();
        return;
    }
    m_timeline->setEntries(m_journal->timeline(runId));
    const auto run = m_journal->run(runId);
    if (!run) {
        return;
    }
    using Sync = IncidentTimelineEntry::Sync;
    QString text;
    if (run->incidentLink == IncidentLink::None) {
        text = tr("This runbook opens no incident: its timeline stays in the local journal.");
    } else if (m_timeline->count(Sync::Queued) == 0 && m_timeline->count(Sync::Rejected) == 0) {
        text = tr("Every entry is on the server, in incident %1.").arg(run->incidentId);
    } else {
        text = tr("On the server: %1 of %2 entries; queued: %3; rejected: %4.")
                   .arg(m_timeline->count(Sync::Sent))
                   .arg(m_timeline->rowCount())
                   .arg(m_timeline->count(Sync::Queued))
                   .arg(m_timeline->count(Sync::Rejected));
        const QString problem = m_session ? m_session->sync()->lastProblem() : QString();
        if (!problem.isEmpty()) {
            text += u' ' + tr("Last attempt: %1").arg(problem);
        }
    }
    m_runView->setSyncStatus(text);
}

void RunbooksPage::followHealth(const ServerHealth& health) {
    if (m_session) {
        m_session->setOperator(health.identity);
    }
    RunbookStepPanel* panel = m_runView->stepPanel();
    panel->setOperatorName(health.identity.name.isEmpty()
                               ? (m_session ? m_session->operatorName() : QString())
                               : health.identity.name);
    if (m_connection) {
        const ConnectionProfile profile = m_connection->profile();
        panel->setTargetDescription(
            tr("%1: %2 (%3)")
                .arg(EnvironmentTags::displayName(profile.environment).toUpper(),
                     profile.isSaved() ? profile.name : profile.url.toDisplayString(),
                     m_connection->client()->baseUrl().toDisplayString()));
    }
    followAvailability();
    updateSettled();
}

void RunbooksPage::followAvailability() {
    // The interrupted run offered at the top resumes only where the rules allow it.
    const auto interrupted = latestInterruptedRun();
    const QString resumeRefusal =
        !interrupted || !m_session ? QString() : m_session->resumeRefusal(*interrupted);
    m_resumeLatest->setToolTip(resumeRefusal);
    if (m_guard) {
        RunbookIssues issues;
        const auto runbook =
            interrupted ? RunbookLoader::fromDefinition(interrupted->definition,
                                                        interrupted->runbookId + u".json", &issues)
                        : std::nullopt;
        m_guard->setLockApplies(m_resumeLatest, !runbook || runbook->changesServerState());
        m_guard->setWanted(m_resumeLatest, interrupted && m_session && resumeRefusal.isEmpty());
    }
    const Runbook& runbook = m_details->launch().runbook();
    m_details->setRefusal(!m_session
                              ? tr("The local store is not open, so a run could not be journaled.")
                              : m_session->startRefusal(runbook));
    if (!m_runView->runId().isEmpty() && m_journal) {
        const auto run = m_journal->run(m_runView->runId());
        m_runView->setResumeRefusal(run && m_session ? m_session->resumeRefusal(*run) : QString());
    }
    followCommands();
}

}  // namespace recops::console
