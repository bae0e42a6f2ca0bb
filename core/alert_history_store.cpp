// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/alert_history_store.h"

#include "core/local_database.h"

#include <algorithm>

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace recops::console {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
}  // namespace

AlertHistoryStore::AlertHistoryStore(LocalDatabase* database, QObject* parent)
    : QObject(parent), m_database(database) {}

LocalSchema AlertHistoryStore::schema() {
    return {QStringLiteral("alert_history"),
            {{QStringLiteral(R"sql(
                CREATE TABLE alert_history (
                    profile_id    TEXT NOT NULL,
                    alert_key     TEXT NOT NULL,
                    state         TEXT NOT NULL,
                    first_seen_ms INTEGER NOT NULL,
                    last_seen_ms  INTEGER NOT NULL,
                    record        TEXT NOT NULL CHECK (json_valid(record)),
                    PRIMARY KEY (profile_id, alert_key)
                ) STRICT
            )sql"),
              QStringLiteral("CREATE INDEX alert_history_by_last_seen ON alert_history "
                             "(profile_id, last_seen_ms)")}}};
}

QSqlDatabase AlertHistoryStore::database() const {
    return m_database ? m_database->database() : QSqlDatabase();
}

void AlertHistoryStore::setRetentionDays(int days) {
    m_retentionDays = std::max(1, days);
}

bool AlertHistoryStore::recordSnapshot(const QString& profileId,
                                       const QList<AlertHistoryEntry>& entries, qint64 seenAtMs) {
    QSqlDatabase database = this->database();
    database.transaction();
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "INSERT INTO alert_history (profile_id, alert_key, state, first_seen_ms, last_seen_ms, "
        "record) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (profile_id, alert_key) DO UPDATE SET "
        "state = excluded.state, last_seen_ms = excluded.last_seen_ms, "
        "record = excluded.record"));
    for (const AlertHistoryEntry& entry : entries) {
        query.addBindValue(profileId);
        query.addBindValue(entry.alertKey);
        query.addBindValue(entry.state);
        query.addBindValue(seenAtMs);
        query.addBindValue(seenAtMs);
        query.addBindValue(
            QString::fromUtf8(QJsonDocument(entry.record).toJson(QJsonDocument::Compact)));
        if (!query.exec()) {
            m_errorString =
                tr("Cannot keep the alert %1: %2").arg(entry.alertKey, query.lastError().text());
            database.rollback();
            return false;
        }
    }
    database.commit();
    return true;
}

QList<AlertHistoryEntry> AlertHistoryStore::entries(const QString& profileId,
                                                    qint64 sinceMs) const {
    QList<AlertHistoryEntry> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT alert_key, state, first_seen_ms, last_seen_ms, record FROM alert_history "
        "WHERE profile_id = ? AND last_seen_ms >= ? ORDER BY last_seen_ms DESC, alert_key"));
    query.addBindValue(profileId);
    query.addBindValue(sinceMs);
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        AlertHistoryEntry entry;
        entry.alertKey = query.value(0).toString();
        entry.state = query.value(1).toString();
        entry.firstSeenMs = query.value(2).toLongLong();
        entry.lastSeenMs = query.value(3).toLongLong();
        entry.record = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        result.append(entry);
    }
    return result;
}

int AlertHistoryStore::prune(qint64 nowMs) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM alert_history WHERE last_seen_ms < ?"));
    query.addBindValue(nowMs - m_retentionDays * kDayMs);
    if (!query.exec()) {
        m_errorString = tr("Cannot delete old alerts: %1").arg(query.lastError().text());
        return 0;
    }
    return query.numRowsAffected();
}

bool AlertHistoryStore::removeProfile(const QString& profileId) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM alert_history WHERE profile_id = ?"));
    query.addBindValue(profileId);
    if (!query.exec()) {
        m_errorString = tr("Cannot delete alert history: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

}  // namespace recops::console
