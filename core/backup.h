// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace recops::console {

/// A backup's last verification: restored into scratch space and checked against its manifest.
struct BackupVerification {
    QString status;  ///< queued, running, passed, failed
    QDateTime checkedAtUtc;
    QStringList problems;
    QString requestedBy;

    friend bool operator==(const BackupVerification&, const BackupVerification&) = default;
};

/// A backup's last restore.
struct BackupRestore {
    QString status;  ///< queued, running, succeeded, failed
    QDateTime requestedAtUtc;
    QDateTime finishedAtUtc;
    QString error;
    QString requestedBy;

    friend bool operator==(const BackupRestore&, const BackupRestore&) = default;
};

/// One backup as GET /api/v1/backups lists it.
struct Backup {
    QString id;
    QString status;   ///< queued, running, succeeded, failed
    QString trigger;  ///< manual, schedule, command_line; empty when unknown
    QString label;
    QString requestedBy;  ///< empty for the schedule
    QDateTime requestedAtUtc;
    QDateTime createdAtUtc;  ///< the point in time a restore brings back
    QDateTime finishedAtUtc;
    std::optional<qint64> sizeBytes;
    std::optional<qint64> originalBytes;
    std::optional<qint64> modelFiles;
    QString error;
    std::optional<BackupVerification> verification;
    std::optional<BackupRestore> restore;

    bool isSucceeded() const { return status == u"succeeded"; }
    bool isBusy() const { return status == u"queued" || status == u"running"; }
    /// A verification or restore of it is queued or running.
    bool hasWorkInFlight() const;
    /// When it was taken: the snapshot time, else the request time.
    QDateTime timeUtc() const { return createdAtUtc.isValid() ? createdAtUtc : requestedAtUtc; }

    friend bool operator==(const Backup&, const Backup&) = default;
};

/// GET /api/v1/backups: the backups, newest first, and the newest success against the RPO.
struct BackupList {
    QList<Backup> backups;
    qint64 rpoSeconds = 0;
    QDateTime lastSuccessAtUtc;
    std::optional<double> lastSuccessAgeSeconds;
    bool rpoMet = false;
    qint64 scheduleIntervalSeconds = 0;  ///< 0 when the schedule is off
    QDateTime nextScheduledAtUtc;

    static std::optional<BackupList> fromJson(const QJsonDocument& document, QString* error);
};

/// The answer to POST /api/v1/backups/{id}/restore without a confirmation.
struct RestorePreview {
    QString confirmation;
    QDateTime expiresAtUtc;
    QString backupId;
    QString detail;

    static std::optional<RestorePreview> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
