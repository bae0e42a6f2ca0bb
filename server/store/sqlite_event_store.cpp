// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_event_store.h"

#include "common/digest.h"
#include "common/timestamp.h"
#include "store/shared_sqlite_connection.h"

#include <chrono>

namespace recops::store {
namespace {

constexpr std::string_view kInsertEvent =
    "INSERT INTO events (user_id, item_id, type, value, occurred_at_ms, received_at_ms, "
    "idempotency_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
    "ON CONFLICT (idempotency_key) DO NOTHING";

constexpr std::string_view kUserHistory =
    "SELECT item_id, type, value, occurred_at_ms FROM events WHERE user_id = ?1 "
    "ORDER BY occurred_at_ms DESC, id DESC LIMIT ?2";

std::int64_t nowMs() {
    return common::toUnixMilliseconds(std::chrono::system_clock::now());
}

EventRecord readEvent(const SqliteStatement& row) {
    return EventRecord{row.columnText(0),   row.columnText(1),    row.columnText(2),
                       row.columnDouble(3), row.columnInteger(4), row.columnText(5)};
}

}  // namespace

SqliteEventStore::SqliteEventStore(SqliteGroupCommitter& committer, SqliteReaderPool& readers,
                                   const std::filesystem::path& file, int busyTimeoutMs)
    : m_committer(committer), m_readers(readers), m_file(file), m_busyTimeoutMs(busyTimeoutMs) {}

AppendOutcome SqliteEventStore::append(std::span<const EventRecord> batch) {
    AppendOutcome outcome;
    if (batch.empty()) {
        return outcome;
    }
    const std::int64_t receivedAtMs = nowMs();
    m_committer.run([&](SqliteConnection& connection) {
        outcome = {};
        auto insert = connection.prepare(kInsertEvent);
        for (const EventRecord& event : batch) {
            insert.bind(1, event.userId)
                .bind(2, event.itemId)
                .bind(3, event.type)
                .bind(4, event.value)
                .bind(5, event.occurredAtMs)
                .bind(6, receivedAtMs);
            if (event.idempotencyKey.empty()) {
                insert.bindNull(7);
            } else {
                insert.bind(7, event.idempotencyKey);
            }
            insert.run();
            if (insert.changes() == 1) {
                ++outcome.accepted;
            } else {
                ++outcome.duplicates;
            }
            insert.reset();
        }
    });
    return outcome;
}

void SqliteEventStore::readUserHistory(std::string_view userId, std::size_t limit,
                                       UserHistory& history) {
    history.clear();
    m_readers.use([&](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement(kUserHistory);
        query.bind(1, userId).bind(2, static_cast<std::int64_t>(limit));
        while (query.step()) {
            HistoryEntry& entry = history.append();
            entry.itemId.assign(query.columnTextView(0));
            entry.type.assign(query.columnTextView(1));
            entry.value = query.columnDouble(2);
            entry.occurredAtMs = query.columnInteger(3);
        }
        query.reset();
    });
}

EventScanSummary SqliteEventStore::scan(const EventWindow& window,
                                        const std::function<void(const EventRecord&)>& onEvent) {
    // A connection of its own: a scan over millions of events must not hold a reader that
    // requests need, and its read transaction gives the consistent snapshot.
    SqliteConnection connection(m_file, OpenMode::ReadWrite);
    configureConnection(connection, m_busyTimeoutMs);
    connection.execute("BEGIN");
    auto query = connection.prepare(
        "SELECT user_id, item_id, type, value, occurred_at_ms, coalesce(idempotency_key, '') "
        "FROM events WHERE occurred_at_ms >= ?1 AND occurred_at_ms < ?2 ORDER BY id");
    query.bind(1, window.fromMs).bind(2, window.toMs);
    EventScanSummary summary;
    EventRecord event;
    while (query.step()) {
        event.userId.assign(query.columnTextView(0));
        event.itemId.assign(query.columnTextView(1));
        event.type.assign(query.columnTextView(2));
        event.value = query.columnDouble(3);
        event.occurredAtMs = query.columnInteger(4);
        event.idempotencyKey.assign(query.columnTextView(5));
        if (summary.events == 0) {
            summary.firstOccurredAtMs = summary.lastOccurredAtMs = event.occurredAtMs;
        }
        summary.firstOccurredAtMs = std::min(summary.firstOccurredAtMs, event.occurredAtMs);
        summary.lastOccurredAtMs = std::max(summary.lastOccurredAtMs, event.occurredAtMs);
        ++summary.events;
        onEvent(event);
    }
    connection.execute("COMMIT");
    return summary;
}

std::vector<EventRecord> SqliteEventStore::userEvents(std::string_view userId) {
    return m_readers.use([&](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement(
            "SELECT user_id, item_id, type, value, occurred_at_ms, coalesce(idempotency_key, '') "
            "FROM events WHERE user_id = ?1 ORDER BY occurred_at_ms, id");
        query.bind(1, userId);
        std::vector<EventRecord> events;
        while (query.step()) {
            events.push_back(readEvent(query));
        }
        query.reset();
        return events;
    });
}

std::uint64_t SqliteEventStore::eraseUser(std::string_view userId) {
    std::uint64_t deleted = 0;
    m_committer.run([&](SqliteConnection& connection) {
        auto erase = connection.prepare("DELETE FROM events WHERE user_id = ?1");
        erase.bind(1, userId).run();
        deleted = static_cast<std::uint64_t>(erase.changes());
        // The erasure is recorded by a digest of the id: proof that it happened, without
        // keeping the identifier that was asked to be forgotten.
        const auto digest = common::sha256(userId);
        connection
            .prepare(
                "INSERT INTO user_erasures (user_digest, erased_at_ms, events_deleted) "
                "VALUES (?1, ?2, ?3)")
            .bindBlob(1, digest)
            .bind(2, nowMs())
            .bind(3, static_cast<std::int64_t>(deleted))
            .run();
    });
    return deleted;
}

std::uint64_t SqliteEventStore::count() {
    return m_readers.use([](SqliteReaderPool::Reader& reader) {
        SqliteStatement& query = reader.statement("SELECT count(*) FROM events");
        query.step();
        const auto events = static_cast<std::uint64_t>(query.columnInteger(0));
        query.reset();
        return events;
    });
}

std::vector<std::string> SqliteEventStore::mostActiveUsers(std::size_t limit) {
    return m_readers.use([limit](SqliteReaderPool::Reader& reader) {
        // The index by user and time makes this one pass over the index, not the table.
        SqliteStatement& query = reader.statement(
            "SELECT user_id FROM events GROUP BY user_id ORDER BY count(*) DESC, user_id "
            "LIMIT ?1");
        query.bind(1, static_cast<std::int64_t>(limit));
        std::vector<std::string> users;
        while (query.step()) {
            users.push_back(query.columnText(0));
        }
        query.reset();
        return users;
    });
}

}  // namespace recops::store
