// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_alert_store.h"

#include "store/json_columns.h"
#include "store/sqlite_transaction.h"

namespace recops::store {
namespace {

constexpr std::string_view kAlertColumns =
    "a.id, a.rule, a.fingerprint, a.labels, a.severity, a.state, a.value, a.summary, "
    "a.active_since_ms, a.firing_since_ms, a.resolved_at_ms, a.acknowledged_by, "
    "a.acknowledged_at_ms, a.acknowledgment_comment, a.escalation_policy_id, "
    "a.escalation_step, a.notified_contacts";

/// Reads kAlertColumns starting at column @p first.
AlertRecord readAlert(const SqliteStatement& row, int first = 0) {
    AlertRecord alert;
    alert.id = row.columnText(first);
    alert.rule = row.columnText(first + 1);
    alert.fingerprint = row.columnText(first + 2);
    alert.labels = json_columns::toLabels(row.columnText(first + 3), "alert " + alert.id);
    alert.severity = row.columnText(first + 4);
    alert.state = row.columnText(first + 5);
    alert.value = row.columnDouble(first + 6);
    alert.summary = row.columnText(first + 7);
    alert.activeSinceMs = row.columnInteger(first + 8);
    alert.firingSinceMs = row.columnOptionalInteger(first + 9);
    alert.resolvedAtMs = row.columnOptionalInteger(first + 10);
    if (!row.columnIsNull(first + 11)) {
        alert.acknowledgment = AcknowledgmentRecord{
            row.columnText(first + 11), row.columnInteger(first + 12), row.columnText(first + 13)};
    }
    alert.escalationPolicyId = row.columnText(first + 14);
    alert.escalationStep = row.columnInteger(first + 15);
    alert.notifiedContacts =
        json_columns::toStrings(row.columnText(first + 16), "alert " + alert.id);
    return alert;
}

std::vector<AlertRecord> queryAlerts(SqliteConnection& connection, const std::string& sql,
                                     std::int64_t limit) {
    auto statement = connection.prepare(sql);
    if (limit >= 0) {
        statement.bind(1, limit);
    }
    std::vector<AlertRecord> alerts;
    while (statement.step()) {
        alerts.push_back(readAlert(statement));
    }
    return alerts;
}

}  // namespace

void SqliteAlertStore::save(const AlertRecord& alert, const std::vector<AlertEventRecord>& events) {
    m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        auto statement = connection.prepare(
            "INSERT OR REPLACE INTO alerts (id, rule, fingerprint, labels, severity, state, value, "
            "summary, active_since_ms, firing_since_ms, resolved_at_ms, acknowledged_by, "
            "acknowledged_at_ms, acknowledgment_comment, escalation_policy_id, escalation_step, "
            "notified_contacts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
            "?14, ?15, ?16, ?17)");
        statement.bind(1, alert.id)
            .bind(2, alert.rule)
            .bind(3, alert.fingerprint)
            .bind(4, json_columns::fromLabels(alert.labels))
            .bind(5, alert.severity)
            .bind(6, alert.state)
            .bind(7, alert.value)
            .bind(8, alert.summary)
            .bind(9, alert.activeSinceMs);
        statement.bindOptional(10, alert.firingSinceMs);
        statement.bindOptional(11, alert.resolvedAtMs);
        if (alert.acknowledgment) {
            statement.bind(12, alert.acknowledgment->by)
                .bind(13, alert.acknowledgment->atMs)
                .bind(14, alert.acknowledgment->comment);
        } else {
            statement.bindNull(12).bindNull(13).bindNull(14);
        }
        statement.bind(15, alert.escalationPolicyId)
            .bind(16, alert.escalationStep)
            .bind(17, json_columns::fromStrings(alert.notifiedContacts))
            .run();
        auto insertEvent = connection.prepare(
            "INSERT INTO alert_events (alert_id, at_ms, kind, actor, detail) "
            "VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const AlertEventRecord& event : events) {
            insertEvent.reset()
                .bind(1, alert.id)
                .bind(2, event.atMs)
                .bind(3, event.kind)
                .bind(4, event.actor)
                .bind(5, event.detail)
                .run();
        }
        transaction.commit();
    });
}

std::optional<AlertRecord> SqliteAlertStore::find(std::string_view id) {
    return m_connection.use([&](SqliteConnection& connection) -> std::optional<AlertRecord> {
        auto statement = connection.prepare("SELECT " + std::string(kAlertColumns) +
                                            " FROM alerts a WHERE a.id = ?1");
        statement.bind(1, id);
        if (!statement.step()) {
            return std::nullopt;
        }
        return readAlert(statement);
    });
}

std::vector<AlertRecord> SqliteAlertStore::listUnresolved() {
    return m_connection.use([&](SqliteConnection& connection) {
        return queryAlerts(connection,
                           "SELECT " + std::string(kAlertColumns) +
                               " FROM alerts a WHERE a.state != 'resolved' ORDER BY "
                               "a.active_since_ms, a.id",
                           -1);
    });
}

std::vector<AlertRecord> SqliteAlertStore::listResolved(std::size_t limit) {
    return m_connection.use([&](SqliteConnection& connection) {
        return queryAlerts(connection,
                           "SELECT " + std::string(kAlertColumns) +
                               " FROM alerts a WHERE a.state = 'resolved' ORDER BY "
                               "a.resolved_at_ms DESC, a.id LIMIT ?1",
                           static_cast<std::int64_t>(limit));
    });
}

std::vector<std::pair<AlertEventRecord, AlertRecord>> SqliteAlertStore::events(
    const AlertEventQuery& query) {
    return m_connection.use([&](SqliteConnection& connection) {
        // Absent filters are NULL parameters, so that one statement serves every query.
        auto statement = connection.prepare(
            "SELECT e.id, e.alert_id, e.at_ms, e.kind, e.actor, e.detail, " +
            std::string(kAlertColumns) +
            " FROM alert_events e JOIN alerts a ON a.id = e.alert_id"
            " WHERE (?1 IS NULL OR e.alert_id = ?1) AND (?2 IS NULL OR e.at_ms >= ?2)"
            " AND (?3 IS NULL OR e.at_ms < ?3) AND (?4 IS NULL OR e.id < ?4)"
            " ORDER BY e.id DESC LIMIT ?5");
        statement.bindOptional(1, query.alertId);
        statement.bindOptional(2, query.fromMs);
        statement.bindOptional(3, query.toMs);
        statement.bindOptional(4, query.beforeId);
        statement.bind(5, static_cast<std::int64_t>(query.limit));
        std::vector<std::pair<AlertEventRecord, AlertRecord>> events;
        while (statement.step()) {
            AlertEventRecord event{statement.columnInteger(0), statement.columnText(1),
                                   statement.columnInteger(2), statement.columnText(3),
                                   statement.columnText(4),    statement.columnText(5)};
            events.emplace_back(std::move(event), readAlert(statement, 6));
        }
        return events;
    });
}

}  // namespace recops::store
