// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace recops::console {

class JsonReader;

/// One training job of recopsd's trainer: what was asked, by whom, and how it ended.
struct TrainingJob {
    QString id;
    QString model;
    /// "queued", "running", "succeeded", "failed", "cancelled".
    QString status;
    /// "api", "schedule"...
    QString trigger;
    QString requestedBy;
    /// The request as recopsd read it: algorithm, params, window, version_label, dry_run, stage.
    QJsonObject request;
    /// The training report of a finished job (version, stage, metrics...); empty otherwise.
    QJsonObject result;
    QString error;
    QDateTime createdAtUtc;
    QDateTime startedAtUtc;
    QDateTime finishedAtUtc;

    bool isFinished() const;
    /// The version the job registered, if it did.
    std::optional<int> resultVersion() const;
    /// The algorithm asked for, or the one trained when the request left it to recopsd.
    QString algorithm() const;

    static TrainingJob read(JsonReader& reader);
    friend bool operator==(const TrainingJob&, const TrainingJob&) = default;
};

/// GET /api/v1/trainer/history: recent jobs, newest first.
struct TrainingJobList {
    QList<TrainingJob> jobs;

    static std::optional<TrainingJobList> fromJson(const QJsonDocument& document, QString* error);
};

/// The job the trainer runs now, with its progress.
struct RunningTrainingJob {
    TrainingJob job;
    /// "reading events", "training", "evaluating", "registering".
    QString phase;
    QString detail;
    double progressPercent = 0.0;
    std::optional<double> etaSeconds;
};

/// GET /api/v1/trainer/status: the running job, the queue and the retraining schedule.
struct TrainerStatus {
    std::optional<RunningTrainingJob> running;
    QList<TrainingJob> queued;
    /// The schedule's cron expression and next run; empty when no schedule is set.
    QString scheduleExpression;
    QDateTime scheduleNextRunUtc;

    static std::optional<TrainerStatus> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
