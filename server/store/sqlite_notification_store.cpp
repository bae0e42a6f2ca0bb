// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_notification_store.h"

#include "store/sqlite_transaction.h"

namespace recops::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, alert_id, contact_id, event, format, url, payload, escalation_step, state, "
    "created_at_ms, next_attempt_at_ms, delivered_at_ms FROM notifications";

std::vector<NotificationRecord> readAll(SqliteConnection& connection, SqliteStatement& statement) {
    std::vector<NotificationRecord> notifications;
    while (statement.step()) {
        NotificationRecord record;
        record.id = statement.columnText(0);
        record.alertId = statement.columnText(1);
        record.contactId = statement.columnText(2);
        record.event = statement.columnText(3);
        record.format = statement.columnText(4);
        record.url = statement.columnText(5);
        record.payload = statement.columnText(6);
        record.escalationStep = statement.columnInteger(7);
        record.state = statement.columnText(8);
        record.createdAtMs = statement.columnInteger(9);
        record.nextAttemptAtMs = statement.columnOptionalInteger(10);
        record.deliveredAtMs = statement.columnOptionalInteger(11);
        notifications.push_back(std::move(record));
    }
    auto attempts = connection.prepare(
        "SELECT attempt, at_ms, duration_ms, http_status, error FROM notification_attempts "
        "WHERE notification_id = ?1 ORDER BY attempt");
    for (NotificationRecord& record : notifications) {
        attempts.reset().bind(1, record.id);
        while (attempts.step()) {
            record.attempts.push_back({attempts.columnInteger(0), attempts.columnInteger(1),
                                       attempts.columnInteger(2), attempts.columnOptionalInteger(3),
                                       attempts.columnText(4)});
        }
    }
    return notifications;
}

}  // namespace

void SqliteNotificationStore::save(const NotificationRecord& notification) {
    m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        auto statement = connection.prepare(
            "INSERT OR REPLACE INTO notifications (id, alert_id, contact_id, event, format, url, "
            "payload, escalation_step, state, created_at_ms, next_attempt_at_ms, "
            "delivered_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        statement.bind(1, notification.id)
            .bind(2, notification.alertId)
            .bind(3, notification.contactId)
            .bind(4, notification.event)
            .bind(5, notification.format)
            .bind(6, notification.url)
            .bind(7, notification.payload)
            .bind(8, notification.escalationStep)
            .bind(9, notification.state)
            .bind(10, notification.createdAtMs);
        statement.bindOptional(11, notification.nextAttemptAtMs);
        statement.bindOptional(12, notification.deliveredAtMs);
        statement.run();
        auto attempt = connection.prepare(
            "INSERT OR REPLACE INTO notification_attempts (notification_id, attempt, at_ms, "
            "duration_ms, http_status, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        for (const DeliveryAttemptRecord& record : notification.attempts) {
            attempt.reset()
                .bind(1, notification.id)
                .bind(2, record.attempt)
                .bind(3, record.atMs)
                .bind(4, record.durationMs);
            attempt.bindOptional(5, record.httpStatus);
            attempt.bind(6, record.error).run();
        }
        transaction.commit();
    });
}

std::vector<NotificationRecord> SqliteNotificationStore::list(const NotificationQuery& query) {
    return m_connection.use([&](SqliteConnection& connection) {
        auto statement = connection.prepare(
            std::string(kColumns) +
            " WHERE (?1 IS NULL OR alert_id = ?1) AND (?2 IS NULL OR contact_id = ?2)"
            " AND (?3 IS NULL OR state = ?3) ORDER BY created_at_ms DESC, id LIMIT ?4");
        statement.bindOptional(1, query.alertId);
        statement.bindOptional(2, query.contactId);
        statement.bindOptional(3, query.state);
        statement.bind(4, static_cast<std::int64_t>(query.limit));
        return readAll(connection, statement);
    });
}

std::vector<NotificationRecord> SqliteNotificationStore::listPending() {
    return m_connection.use([&](SqliteConnection& connection) {
        auto statement = connection.prepare(std::string(kColumns) +
                                            " WHERE state = 'pending' ORDER BY created_at_ms, id");
        return readAll(connection, statement);
    });
}

}  // namespace recops::store
