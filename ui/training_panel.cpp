// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/training_panel.h"

#include "core/health_report.h"
#include "core/label_filter_proxy_model.h"
#include "core/registry_format.h"
#include "core/training_job_model.h"
#include "ui/production_guard.h"
#include "ui/table_views.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

TrainingPanel::TrainingPanel(ProductionGuard* guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_running(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_eta(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_start(new QPushButton(tr("&Start training…"), this))
    , m_cancel(new QPushButton(tr("&Cancel job…"), this))
    , m_jobs(new TrainingJobModel(this))
    , m_filter(new LabelFilterProxyModel(this)) {
    m_running->setAccessibleName(tr("Running job"));
    m_running->setWordWrap(true);
    m_running->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Training progress"));
    m_progress->setFormat(QStringLiteral("%p %"));
    m_eta->setAccessibleName(tr("Time left"));
    m_queue->setAccessibleName(tr("Queue and schedule"));
    m_queue->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("startTrainingJob"));
    m_start->setAccessibleName(tr("Start training"));
    m_start->setToolTip(tr("Train a new version: algorithm, parameters, window, label, stage."));
    m_cancel->setObjectName(QStringLiteral("cancelTrainingJob"));
    m_cancel->setAccessibleName(tr("Cancel job"));
    m_cancel->setToolTip(tr("Cancel the selected queued job, or the running one."));
    if (m_guard) {
        m_guard->guard(m_start);
        m_guard->guard(m_cancel);
    }

    auto* now = new QGroupBox(tr("Trainer"), this);
    auto* grid = new QGridLayout(now);
    grid->addWidget(m_running, 0, 0, 1, 3);
    grid->addWidget(m_progress, 1, 0);
    grid->addWidget(m_eta, 1, 1);
    grid->addWidget(m_cancel, 1, 2);
    grid->addWidget(m_queue, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    m_filter->setSourceModel(m_jobs);
    m_filter->setSortRole(TrainingJobModel::SortRole);
    m_view = TableViews::create(m_filter, tr("Training jobs"), this);
    m_view->setObjectName(QStringLiteral("trainingJobsTable"));
    m_view->sortByColumn(TrainingJobModel::CreatedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(now);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);

    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::startRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const TrainingJob* job = cancellable()) {
            Q_EMIT cancelRequested(job->id, job->algorithm(), job->status);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrainingPanel::follow);
    setStatus(TrainerStatus());
}

QString TrainingPanel::runningText() const {
    return m_running->text();
}

void TrainingPanel::setStatus(const TrainerStatus& status) {
    m_status = status;
    if (status.running) {
        const RunningTrainingJob& running = *status.running;
        const QString algorithm =
            running.job.algorithm().isEmpty() ? tr("recopsd's choice") : running.job.algorithm();
        m_running->setText(
            running.detail.isEmpty()
                ? tr("%1 (%2): %3").arg(running.job.id, algorithm, running.phase)
                : tr("%1 (%2): %3 — %4")
                      .arg(running.job.id, algorithm, running.phase, running.detail));
        m_progress->setValue(static_cast<int>(running.progressPercent * 10.0));
        m_progress->setFormat(RegistryFormat::percent(running.progressPercent, 0));
        m_eta->setText(running.etaSeconds
                           ? tr("about %1 left").arg(formatDuration(*running.etaSeconds))
                           : tr("estimating…"));
    } else {
        m_running->setText(tr("No training job runs."));
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        m_eta->clear();
    }
    m_progress->setVisible(status.running.has_value());
    QStringList queue;
    queue.append(status.queued.isEmpty() ? tr("Nothing queued.")
                                         : tr("Queued: %1.").arg(status.queued.size()));
    queue.append(
        status.scheduleExpression.isEmpty()
            ? tr("No retraining schedule.")
            : tr("Retraining on schedule “%1”, next at %2.")
                  .arg(status.scheduleExpression, RegistryFormat::time(status.scheduleNextRunUtc)));
    m_queue->setText(queue.join(u' '));
    follow();
}

void TrainingPanel::setHistory(const TrainingJobList& history) {
    m_jobs->setRecords(history.jobs);
    follow();
}

void TrainingPanel::setRole(TokenRole role) {
    m_role = role;
    m_start->setVisible(role.canChangeModels());
    m_cancel->setVisible(role.canChangeModels());
    follow();
}

const TrainingJob* TrainingPanel::cancellable() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        const TrainingJob* job = m_jobs->recordAt(m_filter->mapToSource(row).row());
        if (job && !job->isFinished()) {
            return job;
        }
    }
    return m_status.running ? &m_status.running->job : nullptr;
}

void TrainingPanel::follow() {
    const bool wanted = cancellable() != nullptr;
    if (m_guard) {
        m_guard->setWanted(m_cancel, wanted);
    } else {
        m_cancel->setEnabled(wanted);
    }
}

}  // namespace recops::console
