// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/local_schema.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QSqlDatabase;

namespace recops::console {

class LocalDatabase;

/// One alert as the console last saw it: the server's record, kept as JSON.
struct AlertHistoryEntry {
    /// The server's identifier of this alert (one firing), unique per profile.
    QString alertKey;
    /// Its state when last seen: "firing", "acknowledged", "resolved"...
    QString state;
    qint64 firstSeenMs = 0;  ///< Unix milliseconds
    qint64 lastSeenMs = 0;   ///< Unix milliseconds
    /// The whole record as the server sent it, whatever fields it has.
    QJsonObject record;

    friend bool operator==(const AlertHistoryEntry&, const AlertHistoryEntry&) = default;
};

/**
 * Alert history kept on this machine: every alert the console has seen for a profile,
 * with when it was first and last seen and its latest record, so the alert queue can show
 * what happened while the server was down or after the server forgot resolved alerts.
 *
 * Records are JSON objects and are not interpreted here: the store outlives changes to
 * the alert API. Entries last seen longer ago than the retention are deleted by prune().
 */
class AlertHistoryStore : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultRetentionDays = 30;

    AlertHistoryStore(LocalDatabase* database, QObject* parent = nullptr);

    /// The alert_history component: the alert_history table.
    static LocalSchema schema();

    void setRetentionDays(int days);
    int retentionDays() const { return m_retentionDays; }

    /**
     * Records a snapshot of the alerts the server reported at @p seenAtMs, in one
     * transaction: each entry's state and record replace the stored ones, its first
     * sighting is kept. Only alertKey, state and record of @p entries are read.
     */
    bool recordSnapshot(const QString& profileId, const QList<AlertHistoryEntry>& entries,
                        qint64 seenAtMs);
    /// The alerts of a profile last seen at or after @p sinceMs, the most recent first.
    QList<AlertHistoryEntry> entries(const QString& profileId, qint64 sinceMs = 0) const;

    /// Deletes entries last seen longer ago than the retention; returns how many.
    int prune(qint64 nowMs);
    bool removeProfile(const QString& profileId);

    QString errorString() const { return m_errorString; }

private:
    QSqlDatabase database() const;

    QPointer<LocalDatabase> m_database;
    int m_retentionDays = kDefaultRetentionDays;
    QString m_errorString;
};

}  // namespace recops::console
