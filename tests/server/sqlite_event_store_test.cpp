// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_event_store.h"

#include "common/digest.h"
#include "server/support/migrated_database.h"
#include "store/store_error.h"

#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace recops::store {
namespace {

using testing::MigratedDatabase;
using testing::WriterHold;

EventRecord event(std::string user, std::string item, std::int64_t atMs, std::string key = {},
                  std::string type = "click", double value = 1.0) {
    return EventRecord{std::move(user), std::move(item), std::move(type), value, atMs,
                       std::move(key)};
}

std::vector<std::string> keysOf(const std::vector<EventRecord>& events) {
    std::vector<std::string> keys;
    for (const EventRecord& stored : events) {
        keys.push_back(stored.idempotencyKey);
    }
    return keys;
}

class SqliteEventStoreTest : public ::testing::Test {
protected:
    /// What another connection (another process) sees in the file.
    std::int64_t countInFile(std::string_view where = "1") const {
        SqliteConnection connection(m_database.file, OpenMode::ReadWrite);
        return connection.queryInteger("SELECT count(*) FROM events WHERE " + std::string(where));
    }

    MigratedDatabase m_database;
    SqliteEventStore m_events{m_database.committer, m_database.readers, m_database.file,
                              MigratedDatabase::kBusyTimeoutMs};
};

TEST_F(SqliteEventStoreTest, AnAppendedBatchIsCommittedWhenAppendReturns) {
    const std::vector<EventRecord> batch{event("u1", "i1", 1000), event("u1", "i2", 2000),
                                         event("u2", "i1", 3000)};
    const AppendOutcome outcome = m_events.append(batch);
    EXPECT_EQ(outcome.accepted, 3u);
    EXPECT_EQ(outcome.duplicates, 0u);
    EXPECT_EQ(m_events.count(), 3u);
    EXPECT_EQ(countInFile(), 3);
    EXPECT_EQ(countInFile("received_at_ms > 0 AND idempotency_key IS NULL"), 3);
}

TEST_F(SqliteEventStoreTest, AnEmptyBatchWritesNothing) {
    const std::uint64_t commits = m_database.committer.commitCount();
    const AppendOutcome outcome = m_events.append({});
    EXPECT_EQ(outcome.accepted, 0u);
    EXPECT_EQ(m_database.committer.commitCount(), commits);
}

TEST_F(SqliteEventStoreTest, KeepsEveryFieldOfAnEvent) {
    m_events.append(std::vector{event("u1", "i9", -5000, "key-1", "rate", 4.5)});
    const auto events = m_events.userEvents("u1");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].userId, "u1");
    EXPECT_EQ(events[0].itemId, "i9");
    EXPECT_EQ(events[0].type, "rate");
    EXPECT_EQ(events[0].value, 4.5);
    EXPECT_EQ(events[0].occurredAtMs, -5000);
    EXPECT_EQ(events[0].idempotencyKey, "key-1");
}

TEST_F(SqliteEventStoreTest, AKeySeenInTheSameBatchIsADuplicate) {
    const AppendOutcome outcome = m_events.append(std::vector{
        event("u1", "i1", 1, "k1"), event("u1", "i1", 1, "k1"), event("u1", "i2", 2, "k2")});
    EXPECT_EQ(outcome.accepted, 2u);
    EXPECT_EQ(outcome.duplicates, 1u);
    EXPECT_EQ(m_events.count(), 2u);
}

TEST_F(SqliteEventStoreTest, ARetriedBatchCountsItsStoredEventsAsDuplicates) {
    m_events.append(std::vector{event("u1", "i1", 1, "k1"), event("u1", "i2", 2, "k2")});
    // The retry carries one event the first attempt did not have.
    const AppendOutcome retry = m_events.append(std::vector{
        event("u1", "i1", 1, "k1"), event("u1", "i2", 2, "k2"), event("u1", "i3", 3, "k3")});
    EXPECT_EQ(retry.accepted, 1u);
    EXPECT_EQ(retry.duplicates, 2u);
    EXPECT_EQ(m_events.count(), 3u);
}

TEST_F(SqliteEventStoreTest, EventsWithoutAKeyAreNeverDuplicates) {
    const std::vector<EventRecord> batch{event("u1", "i1", 1), event("u1", "i1", 1)};
    EXPECT_EQ(m_events.append(batch).accepted, 2u);
    EXPECT_EQ(m_events.append(batch).accepted, 2u);
    EXPECT_EQ(m_events.count(), 4u);
}

TEST_F(SqliteEventStoreTest, AFailingBatchInAGroupRollsBackAloneWhileTheOthersCommit) {
    WriterHold hold(m_database.committer);
    const std::uint64_t commits = m_database.committer.commitCount();
    bool failed = false;
    std::thread good1([&] { m_events.append(std::vector{event("a", "i1", 1, "a1")}); });
    ASSERT_TRUE(testing::waitForPendingWorks(m_database.committer, 1));
    std::thread bad([&] {
        // The first event is fine and written; the second breaks the schema's CHECK on
        // user_id, so the database itself refuses the batch.
        try {
            m_events.append(std::vector{event("b", "i1", 1, "b1"), event("", "i2", 2, "b2")});
        } catch (const StoreError&) {
            failed = true;
        }
    });
    ASSERT_TRUE(testing::waitForPendingWorks(m_database.committer, 2));
    std::thread good2([&] {
        m_events.append(std::vector{event("c", "i1", 1, "c1"), event("c", "i2", 2, "c2")});
    });
    ASSERT_TRUE(testing::waitForPendingWorks(m_database.committer, 3));
    hold.release();
    good1.join();
    bad.join();
    good2.join();

    EXPECT_TRUE(failed);
    EXPECT_EQ(m_database.committer.commitCount() - commits, 2u)
        << "the hold's commit, then one for the three batches";
    EXPECT_EQ(countInFile(), 3);
    EXPECT_EQ(countInFile("user_id = 'b'"), 0) << "the failed batch left its first event";
    EXPECT_EQ(keysOf(m_events.userEvents("c")), (std::vector<std::string>{"c1", "c2"}));
    // Its keys are free: the corrected batch goes in whole.
    const AppendOutcome corrected =
        m_events.append(std::vector{event("b", "i1", 1, "b1"), event("b", "i2", 2, "b2")});
    EXPECT_EQ(corrected.accepted, 2u);
}

TEST_F(SqliteEventStoreTest, HistoryIsNewestFirstAndLimited) {
    m_events.append(std::vector{event("u1", "old", 1000), event("u1", "newest", 3000),
                                event("u2", "other", 9000), event("u1", "middle", 2000)});
    UserHistory history;
    m_events.readUserHistory("u1", 2, history);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history.entries()[0].itemId, "newest");
    EXPECT_EQ(history.entries()[0].occurredAtMs, 3000);
    EXPECT_EQ(history.entries()[1].itemId, "middle");

    m_events.readUserHistory("u1", 100, history);
    ASSERT_EQ(history.size(), 3u) << "the buffer is cleared, not appended to";
    EXPECT_EQ(history.entries()[2].itemId, "old");

    m_events.readUserHistory("nobody", 100, history);
    EXPECT_TRUE(history.empty());
}

TEST_F(SqliteEventStoreTest, ScanReadsAHalfOpenWindowInStoredOrder) {
    m_events.append(std::vector{event("u1", "a", 2000), event("u1", "before", 999),
                                event("u2", "b", 1000), event("u3", "at-end", 3000),
                                event("u4", "c", 2999)});
    std::vector<std::string> items;
    const EventScanSummary summary =
        m_events.scan(EventWindow{1000, 3000},
                      [&](const EventRecord& stored) { items.push_back(stored.itemId); });
    EXPECT_EQ(items, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(summary.events, 3u);
    EXPECT_EQ(summary.firstOccurredAtMs, 1000);
    EXPECT_EQ(summary.lastOccurredAtMs, 2999);

    const EventScanSummary empty = m_events.scan(EventWindow{5000, 6000}, [](const auto&) {});
    EXPECT_EQ(empty.events, 0u);
}

TEST_F(SqliteEventStoreTest, ScanSeesOneSnapshot) {
    m_events.append(std::vector{event("u1", "a", 1), event("u1", "b", 2)});
    std::size_t seen = 0;
    bool appended = false;
    m_events.scan(EventWindow{}, [&](const EventRecord&) {
        ++seen;
        if (!appended) {
            // Committed while the scan runs: it is in the database, not in this scan.
            m_events.append(std::vector{event("u2", "c", 3), event("u2", "d", 4)});
            appended = true;
        }
    });
    EXPECT_EQ(seen, 2u);
    EXPECT_EQ(m_events.count(), 4u);
}

TEST_F(SqliteEventStoreTest, ExportIsEveryEventOfTheUserOldestFirst) {
    m_events.append(std::vector{event("u1", "second", 2000, "k2"), event("u2", "x", 1500),
                                event("u1", "first", 1000, "k1"), event("u1", "third", 3000)});
    const auto events = m_events.userEvents("u1");
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].itemId, "first");
    EXPECT_EQ(events[1].itemId, "second");
    EXPECT_EQ(events[2].itemId, "third");
    EXPECT_EQ(keysOf(events), (std::vector<std::string>{"k1", "k2", ""}));
    EXPECT_TRUE(m_events.userEvents("nobody").empty());
}

TEST_F(SqliteEventStoreTest, EraseDeletesTheUsersEventsAndRecordsADigestOnly) {
    m_events.append(
        std::vector{event("gone", "i1", 1), event("gone", "i2", 2), event("stays", "i1", 3)});
    EXPECT_EQ(m_events.eraseUser("gone"), 2u);
    EXPECT_TRUE(m_events.userEvents("gone").empty());
    EXPECT_EQ(m_events.userEvents("stays").size(), 1u);
    EXPECT_EQ(m_events.count(), 1u);

    SqliteConnection connection(m_database.file, OpenMode::ReadWrite);
    auto erasures = connection.prepare(
        "SELECT user_digest, events_deleted, erased_at_ms FROM user_erasures ORDER BY id");
    ASSERT_TRUE(erasures.step());
    const auto digest = erasures.columnBlob(0);
    const common::Sha256Digest expected = common::sha256("gone");
    EXPECT_TRUE(std::equal(digest.begin(), digest.end(), expected.begin(), expected.end()));
    EXPECT_EQ(erasures.columnInteger(1), 2);
    EXPECT_GT(erasures.columnInteger(2), 0);
    EXPECT_FALSE(erasures.step());
}

TEST_F(SqliteEventStoreTest, ErasingAnUnknownUserIsRecordedWithNoEvents) {
    EXPECT_EQ(m_events.eraseUser("never-seen"), 0u);
    SqliteConnection connection(m_database.file, OpenMode::ReadWrite);
    EXPECT_EQ(
        connection.queryInteger("SELECT count(*) FROM user_erasures WHERE events_deleted = 0"), 1);
}

TEST_F(SqliteEventStoreTest, EventsAppendedThroughOneStorageAreSeenByAnother) {
    m_events.append(std::vector{event("u1", "i1", 1, "k1")});
    // Another process opening the same file, as `recopsd train` does while the server runs.
    SqliteStorage other(SqliteOptions{m_database.file, MigratedDatabase::kBusyTimeoutMs, 1});
    EXPECT_EQ(other.events().count(), 1u);
    EXPECT_EQ(other.events().append(std::vector{event("u1", "i1", 1, "k1")}).duplicates, 1u);
}

}  // namespace
}  // namespace recops::store
