// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/event_store.h"
#include "store/sqlite_group_committer.h"
#include "store/sqlite_reader_pool.h"

#include <filesystem>

namespace recops::store {

/**
 * Events in the SQLite database's `events` table.
 *
 * Appends go through group commit (one writer thread, one fsync for all batches that arrive
 * together); reads go through a pool of read-only connections, so a request reading a user's
 * history never waits for ingestion. An idempotency key is unique across the table: a batch
 * sent again after a lost acknowledgement is recognised event by event.
 */
class SqliteEventStore final : public EventStore {
public:
    /// @p committer and @p readers belong to the same database and outlive the store.
    SqliteEventStore(SqliteGroupCommitter& committer, SqliteReaderPool& readers,
                     const std::filesystem::path& file, int busyTimeoutMs);

    AppendOutcome append(std::span<const EventRecord> batch) override;
    void readUserHistory(std::string_view userId, std::size_t limit, UserHistory& history) override;
    EventScanSummary scan(const EventWindow& window,
                          const std::function<void(const EventRecord&)>& onEvent) override;
    std::vector<EventRecord> userEvents(std::string_view userId) override;
    std::uint64_t eraseUser(std::string_view userId) override;
    std::uint64_t count() override;
    std::vector<std::string> mostActiveUsers(std::size_t limit) override;

private:
    SqliteGroupCommitter& m_committer;
    SqliteReaderPool& m_readers;
    std::filesystem::path m_file;
    int m_busyTimeoutMs;
};

}  // namespace recops::store
