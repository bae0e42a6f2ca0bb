// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/token_role.h"
#include "core/training_job.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace recops::console {

class LabelFilterProxyModel;
class ProductionGuard;
class TrainingJobModel;

/**
 * recopsd's trainer: the running job's phase, progress and time left (from
 * /api/v1/trainer/status, polled every second while a job runs), the queue and the
 * retraining schedule, the history of jobs, and (for operators) start and cancel.
 */
class TrainingPanel : public QWidget {
    Q_OBJECT

public:
    TrainingPanel(ProductionGuard* guard, QWidget* parent = nullptr);

    void setStatus(const TrainerStatus& status);
    void setHistory(const TrainingJobList& history);
    void setRole(TokenRole role);

    TrainingJobModel* model() const { return m_jobs; }
    LabelFilterProxyModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    /// "job-… (als): training — als: iteration" or "No training job runs."
    QString runningText() const;

Q_SIGNALS:
    void startRequested();
    /// Cancel @p job (described for the confirmation by its algorithm and status).
    void cancelRequested(const QString& jobId, const QString& algorithm, const QString& status);

private:
    /// The job Cancel acts on: the selected unfinished one, else the running one.
    const TrainingJob* cancellable() const;
    void follow();

    QPointer<ProductionGuard> m_guard;
    TrainerStatus m_status;
    TokenRole m_role;
    QLabel* m_running;
    QProgressBar* m_progress;
    QLabel* m_eta;
    QLabel* m_queue;
    QPushButton* m_start;
    QPushButton* m_cancel;
    TrainingJobModel* m_jobs;
    LabelFilterProxyModel* m_filter;
    QTableView* m_view;
};

}  // namespace recops::console
