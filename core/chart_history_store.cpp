// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/chart_history_store.h"

#include "core/local_database.h"

#include <algorithm>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace recops::console {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 kPruneEveryMs = 60LL * 60 * 1000;
}  // namespace

ChartHistoryStore::ChartHistoryStore(LocalDatabase* database, QObject* parent)
    : QObject(parent), m_database(database) {}

LocalSchema ChartHistoryStore::schema() {
    return {QStringLiteral("chart_history"),
            {{QStringLiteral(R"sql(
                CREATE TABLE chart_samples (
                    profile_id TEXT NOT NULL,
                    series     TEXT NOT NULL,
                    time_ms    INTEGER NOT NULL,
                    value      REAL,
                    PRIMARY KEY (profile_id, series, time_ms)
                ) STRICT, WITHOUT ROWID
            )sql"),
              QStringLiteral("CREATE INDEX chart_samples_by_time ON chart_samples (time_ms)")}}};
}

QSqlDatabase ChartHistoryStore::database() const {
    return m_database ? m_database->database() : QSqlDatabase();
}

void ChartHistoryStore::setRetentionDays(int days) {
    m_retentionDays = std::max(1, days);
}

bool ChartHistoryStore::insert(const QString& profileId, const QString& series,
                               const SeriesSample& sample) {
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO chart_samples (profile_id, series, time_ms, value) "
                       "VALUES (?, ?, ?, ?)"));
    query.addBindValue(profileId);
    query.addBindValue(series);
    query.addBindValue(sample.timeMs);
    query.addBindValue(sample.value ? QVariant(*sample.value)
                                    : QVariant(QMetaType::fromType<double>()));
    if (!query.exec()) {
        m_errorString = tr("Cannot keep a sample of %1: %2").arg(series, query.lastError().text());
        return false;
    }
    return true;
}

bool ChartHistoryStore::append(const QString& profileId, const QString& series,
                               const SeriesSample& sample) {
    if (!insert(profileId, series, sample)) {
        return false;
    }
    pruneNowAndThen(sample.timeMs);
    return true;
}

bool ChartHistoryStore::append(const QString& profileId, const QString& series,
                               const QList<SeriesSample>& samples) {
    QSqlDatabase database = this->database();
    database.transaction();
    for (const SeriesSample& sample : samples) {
        if (!insert(profileId, series, sample)) {
            database.rollback();
            return false;
        }
    }
    database.commit();
    if (!samples.isEmpty()) {
        pruneNowAndThen(samples.constLast().timeMs);
    }
    return true;
}

QList<SeriesSample> ChartHistoryStore::range(const QString& profileId, const QString& series,
                                             qint64 fromMs, qint64 toMs, int limit) const {
    QList<SeriesSample> samples;
    QSqlQuery query(database());
    // Newest first so LIMIT keeps the newest; reversed below.
    query.prepare(QStringLiteral(
        "SELECT time_ms, value FROM chart_samples WHERE profile_id = ? AND series = ? "
        "AND time_ms BETWEEN ? AND ? ORDER BY time_ms DESC LIMIT ?"));
    query.addBindValue(profileId);
    query.addBindValue(series);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    query.addBindValue(limit);
    if (!query.exec()) {
        return samples;
    }
    while (query.next()) {
        SeriesSample sample;
        sample.timeMs = query.value(0).toLongLong();
        if (!query.isNull(1)) {
            sample.value = query.value(1).toDouble();
        }
        samples.append(sample);
    }
    std::reverse(samples.begin(), samples.end());
    return samples;
}

QStringList ChartHistoryStore::series(const QString& profileId) const {
    QStringList names;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT DISTINCT series FROM chart_samples WHERE profile_id = ? ORDER BY series"));
    query.addBindValue(profileId);
    if (query.exec()) {
        while (query.next()) {
            names.append(query.value(0).toString());
        }
    }
    return names;
}

int ChartHistoryStore::prune(qint64 nowMs) {
    m_lastPruneMs = nowMs;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM chart_samples WHERE time_ms < ?"));
    query.addBindValue(nowMs - m_retentionDays * kDayMs);
    if (!query.exec()) {
        m_errorString = tr("Cannot delete old chart samples: %1").arg(query.lastError().text());
        return 0;
    }
    return query.numRowsAffected();
}

void ChartHistoryStore::pruneNowAndThen(qint64 nowMs) {
    if (nowMs - m_lastPruneMs >= kPruneEveryMs) {
        prune(nowMs);
    }
}

bool ChartHistoryStore::removeProfile(const QString& profileId) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM chart_samples WHERE profile_id = ?"));
    query.addBindValue(profileId);
    if (!query.exec()) {
        m_errorString = tr("Cannot delete chart samples: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

}  // namespace recops::console
