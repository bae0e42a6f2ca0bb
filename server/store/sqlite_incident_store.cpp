// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_incident_store.h"

#include "common/timestamp.h"
#include "store/sqlite_transaction.h"
#include "store/store_error.h"

#include <algorithm>

namespace recops::store {
namespace {

using common::fromUnixMilliseconds;
using common::toUnixMilliseconds;

constexpr std::string_view kIncidentColumns =
    "SELECT id, title, severity, status, summary, commander, created_at_ms, created_by_token_id, "
    "created_by_name, updated_at_ms, mitigated_at_ms, resolved_at_ms, revision FROM incidents";

constexpr std::string_view kEntryColumns =
    "SELECT entry_id, sequence, time_ms, author, kind, text, data, recorded_at_ms, "
    "recorded_by_token_id, fingerprint FROM incident_timeline";

std::optional<std::chrono::system_clock::time_point> optionalTime(const SqliteStatement& row,
                                                                  int column) {
    if (row.columnIsNull(column)) {
        return std::nullopt;
    }
    return fromUnixMilliseconds(row.columnInteger(column));
}

void bindOptionalTime(SqliteStatement& statement, int index,
                      const std::optional<std::chrono::system_clock::time_point>& time) {
    time ? statement.bind(index, toUnixMilliseconds(*time)) : statement.bindNull(index);
}

IncidentRecord readIncident(const SqliteStatement& row) {
    IncidentRecord record;
    record.id = row.columnInteger(0);
    record.title = row.columnText(1);
    const auto severity = parseIncidentSeverity(row.columnText(2));
    const auto status = parseIncidentStatus(row.columnText(3));
    // The schema's CHECK constraints make both impossible; a failure means a damaged file.
    if (!severity || !status) {
        throw StoreError("incident " + std::to_string(record.id) + " is damaged in the database");
    }
    record.severity = *severity;
    record.status = *status;
    record.summary = row.columnText(4);
    record.commander = row.columnText(5);
    record.createdAt = fromUnixMilliseconds(row.columnInteger(6));
    record.createdByTokenId = row.columnText(7);
    record.createdByName = row.columnText(8);
    record.updatedAt = fromUnixMilliseconds(row.columnInteger(9));
    record.mitigatedAt = optionalTime(row, 10);
    record.resolvedAt = optionalTime(row, 11);
    record.revision = row.columnInteger(12);
    return record;
}

TimelineEntryRecord readEntry(const SqliteStatement& row) {
    TimelineEntryRecord entry;
    entry.entryId = row.columnText(0);
    entry.sequence = row.columnInteger(1);
    entry.time = fromUnixMilliseconds(row.columnInteger(2));
    entry.author = row.columnText(3);
    entry.kind = row.columnText(4);
    entry.text = row.columnText(5);
    entry.data = row.columnText(6);
    entry.recordedAt = fromUnixMilliseconds(row.columnInteger(7));
    entry.recordedByTokenId = row.columnText(8);
    const auto fingerprint = row.columnBlob(9);
    if (fingerprint.size() != entry.fingerprint.size()) {
        throw StoreError("timeline entry " + entry.entryId + " is damaged in the database");
    }
    std::copy(fingerprint.begin(), fingerprint.end(), entry.fingerprint.begin());
    return entry;
}

std::vector<std::string> readAlertIds(SqliteConnection& connection, std::int64_t incidentId) {
    auto statement = connection.prepare(
        "SELECT alert_id FROM incident_alerts WHERE incident_id = ?1 ORDER BY position");
    statement.bind(1, incidentId);
    std::vector<std::string> alertIds;
    while (statement.step()) {
        alertIds.push_back(statement.columnText(0));
    }
    return alertIds;
}

void writeAlertIds(SqliteConnection& connection, std::int64_t incidentId,
                   const std::vector<std::string>& alertIds) {
    connection.prepare("DELETE FROM incident_alerts WHERE incident_id = ?1")
        .bind(1, incidentId)
        .run();
    for (std::size_t position = 0; position < alertIds.size(); ++position) {
        connection
            .prepare(
                "INSERT INTO incident_alerts (incident_id, position, alert_id) VALUES (?1, ?2, ?3)")
            .bind(1, incidentId)
            .bind(2, static_cast<std::int64_t>(position))
            .bind(3, alertIds[position])
            .run();
    }
}

/// Appends @p entry after the incident's last one, inside the caller's transaction.
TimelineEntryRecord insertEntry(SqliteConnection& connection, std::int64_t incidentId,
                                TimelineEntryRecord entry) {
    auto next = connection.prepare(
        "SELECT coalesce(max(sequence), 0) + 1 FROM incident_timeline WHERE incident_id = ?1");
    next.bind(1, incidentId);
    next.step();
    entry.sequence = next.columnInteger(0);
    connection
        .prepare(
            "INSERT INTO incident_timeline (incident_id, entry_id, sequence, time_ms, author, "
            "kind, "
            "text, data, recorded_at_ms, recorded_by_token_id, fingerprint) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .bind(1, incidentId)
        .bind(2, entry.entryId)
        .bind(3, entry.sequence)
        .bind(4, toUnixMilliseconds(entry.time))
        .bind(5, entry.author)
        .bind(6, entry.kind)
        .bind(7, entry.text)
        .bind(8, entry.data)
        .bind(9, toUnixMilliseconds(entry.recordedAt))
        .bind(10, entry.recordedByTokenId)
        .bindBlob(11, entry.fingerprint)
        .run();
    return entry;
}

std::optional<IncidentRecord> findIn(SqliteConnection& connection, std::int64_t id) {
    auto statement = connection.prepare(std::string(kIncidentColumns) + " WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step()) {
        return std::nullopt;
    }
    IncidentRecord record = readIncident(statement);
    record.alertIds = readAlertIds(connection, id);
    return record;
}

}  // namespace

IncidentRecord SqliteIncidentStore::create(IncidentRecord incident,
                                           std::span<const TimelineEntryRecord> entries) {
    return m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        auto insert = connection.prepare(
            "INSERT INTO incidents (title, severity, status, summary, commander, created_at_ms, "
            "created_by_token_id, created_by_name, updated_at_ms, mitigated_at_ms, resolved_at_ms, "
            "revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        insert.bind(1, incident.title)
            .bind(2, incidentSeverityName(incident.severity))
            .bind(3, incidentStatusName(incident.status))
            .bind(4, incident.summary)
            .bind(5, incident.commander)
            .bind(6, toUnixMilliseconds(incident.createdAt))
            .bind(7, incident.createdByTokenId)
            .bind(8, incident.createdByName)
            .bind(9, toUnixMilliseconds(incident.updatedAt));
        bindOptionalTime(insert, 10, incident.mitigatedAt);
        bindOptionalTime(insert, 11, incident.resolvedAt);
        insert.bind(12, incident.revision);
        insert.run();
        incident.id = connection.queryInteger("SELECT last_insert_rowid()");
        writeAlertIds(connection, incident.id, incident.alertIds);
        for (const TimelineEntryRecord& entry : entries) {
            insertEntry(connection, incident.id, entry);
        }
        transaction.commit();
        return incident;
    });
}

std::optional<IncidentRecord> SqliteIncidentStore::find(std::int64_t id) {
    return m_connection.use([&](SqliteConnection& connection) { return findIn(connection, id); });
}

std::vector<IncidentRecord> SqliteIncidentStore::list(std::optional<IncidentStatus> status,
                                                      std::size_t limit) {
    // Reads need no transaction: every write in this process goes through the same
    // connection, held for the whole call, and no other process writes incidents.
    return m_connection.use([&](SqliteConnection& connection) {
        auto statement = connection.prepare(std::string(kIncidentColumns) +
                                            " WHERE ?1 IS NULL OR status = ?1"
                                            " ORDER BY id DESC LIMIT ?2");
        status ? statement.bind(1, incidentStatusName(*status)) : statement.bindNull(1);
        statement.bind(2, static_cast<std::int64_t>(limit));
        std::vector<IncidentRecord> records;
        while (statement.step()) {
            records.push_back(readIncident(statement));
        }
        for (IncidentRecord& record : records) {
            record.alertIds = readAlertIds(connection, record.id);
        }
        return records;
    });
}

bool SqliteIncidentStore::replace(const IncidentRecord& updated,
                                  std::span<const TimelineEntryRecord> entries) {
    return m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        auto statement = connection.prepare(
            "UPDATE incidents SET title = ?3, severity = ?4, status = ?5, summary = ?6, "
            "commander = ?7, updated_at_ms = ?8, mitigated_at_ms = ?9, resolved_at_ms = ?10, "
            "revision = revision + 1 WHERE id = ?1 AND revision = ?2");
        statement.bind(1, updated.id)
            .bind(2, updated.revision)
            .bind(3, updated.title)
            .bind(4, incidentSeverityName(updated.severity))
            .bind(5, incidentStatusName(updated.status))
            .bind(6, updated.summary)
            .bind(7, updated.commander)
            .bind(8, toUnixMilliseconds(updated.updatedAt));
        bindOptionalTime(statement, 9, updated.mitigatedAt);
        bindOptionalTime(statement, 10, updated.resolvedAt);
        statement.run();
        if (connection.queryInteger("SELECT changes()") != 1) {
            return false;
        }
        writeAlertIds(connection, updated.id, updated.alertIds);
        for (const TimelineEntryRecord& entry : entries) {
            insertEntry(connection, updated.id, entry);
        }
        transaction.commit();
        return true;
    });
}

TimelineAppendOutcome SqliteIncidentStore::append(std::int64_t incidentId,
                                                  const TimelineEntryRecord& entry) {
    return m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        auto exists = connection.prepare("SELECT count(*) FROM incidents WHERE id = ?1");
        exists.bind(1, incidentId);
        exists.step();
        if (exists.columnInteger(0) == 0) {
            return TimelineAppendOutcome{AppendResult::IncidentNotFound, std::nullopt};
        }
        auto existing = connection.prepare(std::string(kEntryColumns) +
                                           " WHERE incident_id = ?1 AND entry_id = ?2");
        existing.bind(1, incidentId).bind(2, entry.entryId);
        if (existing.step()) {
            TimelineEntryRecord stored = readEntry(existing);
            const bool same = stored.fingerprint == entry.fingerprint;
            return TimelineAppendOutcome{
                same ? AppendResult::AlreadyPresent : AppendResult::IdTaken, std::move(stored)};
        }
        TimelineEntryRecord stored = insertEntry(connection, incidentId, entry);
        connection
            .prepare("UPDATE incidents SET updated_at_ms = max(updated_at_ms, ?2) WHERE id = ?1")
            .bind(1, incidentId)
            .bind(2, toUnixMilliseconds(entry.recordedAt))
            .run();
        transaction.commit();
        return TimelineAppendOutcome{AppendResult::Appended, std::move(stored)};
    });
}

std::vector<TimelineEntryRecord> SqliteIncidentStore::timeline(std::int64_t incidentId) {
    return m_connection.use([&](SqliteConnection& connection) {
        auto statement = connection.prepare(std::string(kEntryColumns) +
                                            " WHERE incident_id = ?1 ORDER BY time_ms, sequence");
        statement.bind(1, incidentId);
        std::vector<TimelineEntryRecord> entries;
        while (statement.step()) {
            entries.push_back(readEntry(statement));
        }
        return entries;
    });
}

}  // namespace recops::store
