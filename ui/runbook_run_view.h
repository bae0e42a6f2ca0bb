// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_run_record.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace recops::console {

class ProductionGuard;
class RunbookEngine;
class RunbookStepModel;
class RunbookStepPanel;
class RunbookTimelineModel;

/**
 * One run: its steps with their live state, the selected step in detail (RunbookStepPanel),
 * the timeline as it grows with each entry's upload state, and what the operator does to
 * the run as a whole: resume it (a run the journal holds but no engine runs), retry or
 * skip the step it is at (a skip needs a reason), abort it, export its report.
 *
 * A live run is the page's RunbookEngine; a journaled one is shown from the journal until
 * it is resumed. The view asks through its signals; the page acts.
 */
class RunbookRunView : public QWidget {
    Q_OBJECT

public:
    RunbookRunView(RunbookTimelineModel* timeline, ProductionGuard* guard,
                   QWidget* parent = nullptr);

    /**
     * Shows @p run of @p runbook with @p steps. @p engine is the engine running it, or
     * nullptr for a run shown from the journal.
     */
    void showRun(const Runbook& runbook, const RunbookRunRecord& run, RunbookStepModel* steps,
                 RunbookEngine* engine);
    /// The run moved on (state, current step).
    void updateRun(const RunbookRunRecord& run);
    void setSyncStatus(const QString& text);
    /// Why the shown run cannot be resumed now; empty when it can (or needs no resuming).
    void setResumeRefusal(const QString& reason);

    QString runId() const { return m_run.id; }
    /// Whether an engine runs the run shown (rather than the journal showing it).
    bool isLive() const;
    RunbookStepPanel* stepPanel() const { return m_panel; }
    QTableView* stepView() const { return m_stepView; }
    QTableView* timelineView() const { return m_timelineView; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* abortButton() const { return m_abort; }
    QPushButton* exportButton() const { return m_export; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QString stateText() const;
    QString syncStatus() const;

Q_SIGNALS:
    void resumeRequested(const QString& runId);
    void retryRequested();
    void skipRequested(const QString& reason);
    void abortRequested(const QString& reason);
    void exportRequested(const QString& runId);

private:
    void showSelectedStep();
    void followCurrentStep();
    void followControls();
    void setWanted(QWidget* control, bool wanted);

    QPointer<RunbookStepModel> m_steps;
    QPointer<RunbookEngine> m_engine;
    ProductionGuard* m_guard;
    Runbook m_runbook;
    RunbookRunRecord m_run;
    QString m_resumeRefusal;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_facts;
    QLabel* m_notice;
    QPushButton* m_resume;
    QPushButton* m_retry;
    QLineEdit* m_reason;
    QPushButton* m_skip;
    QPushButton* m_abort;
    QPushButton* m_export;
    QTableView* m_stepView;
    RunbookStepPanel* m_panel;
    QTableView* m_timelineView;
    QLabel* m_sync;
    QString m_selectedStep;
};

}  // namespace recops::console
