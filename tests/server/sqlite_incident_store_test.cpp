// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_incident_store.h"

#include "common/digest.h"
#include "common/timestamp.h"
#include "server/support/temporary_directory.h"
#include "store/sqlite_storage.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::store {
namespace {

using ::testing::ElementsAre;

IncidentRecord incident(const std::string& title, IncidentStatus status = IncidentStatus::Open) {
    IncidentRecord record;
    record.title = title;
    record.severity = IncidentSeverity::High;
    record.status = status;
    record.summary = "summary of " + title;
    record.commander = "alice";
    record.alertIds = {"p95-latency", "error-rate"};
    record.createdAt = common::fromUnixMilliseconds(1000);
    record.createdByTokenId = "3f9a0c1d2e4b5a69";
    record.createdByName = "console";
    record.updatedAt = record.createdAt;
    return record;
}

TimelineEntryRecord entry(const std::string& id, std::int64_t timeMs, const std::string& text) {
    TimelineEntryRecord record;
    record.entryId = id;
    record.time = common::fromUnixMilliseconds(timeMs);
    record.author = "alice";
    record.kind = "note";
    record.text = text;
    record.data = R"({"step":3})";
    record.recordedAt = common::fromUnixMilliseconds(timeMs + 5);
    record.recordedByTokenId = "3f9a0c1d2e4b5a69";
    record.fingerprint = common::sha256(id + text);
    return record;
}

class SqliteIncidentStoreTest : public ::testing::Test {
protected:
    std::vector<std::string> entryIds(std::int64_t id) {
        std::vector<std::string> ids;
        for (const auto& stored : m_store.timeline(id)) {
            ids.push_back(stored.entryId);
        }
        return ids;
    }

    testing::TemporaryDirectory m_directory;
    SqliteStorage m_storage{SqliteOptions{m_directory / "recops.db", 1000}};
    IncidentStore& m_store = m_storage.incidents();
};

TEST_F(SqliteIncidentStoreTest, CreatesAndFindsEveryField) {
    const TimelineEntryRecord opened = entry("status-open", 1000, "incident opened");
    const IncidentRecord created = m_store.create(incident("Slow recommendations"), {&opened, 1});
    EXPECT_GT(created.id, 0);
    const auto found = m_store.find(created.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->title, "Slow recommendations");
    EXPECT_EQ(found->severity, IncidentSeverity::High);
    EXPECT_EQ(found->status, IncidentStatus::Open);
    EXPECT_EQ(found->commander, "alice");
    EXPECT_THAT(found->alertIds, ElementsAre("p95-latency", "error-rate"));
    EXPECT_EQ(found->createdAt, common::fromUnixMilliseconds(1000));
    EXPECT_EQ(found->createdByName, "console");
    EXPECT_FALSE(found->mitigatedAt);
    EXPECT_EQ(found->revision, 1);
    const auto timeline = m_store.timeline(created.id);
    ASSERT_EQ(timeline.size(), 1u);
    EXPECT_EQ(timeline[0].data, R"({"step":3})");
    EXPECT_EQ(timeline[0].fingerprint, opened.fingerprint);
    EXPECT_EQ(timeline[0].sequence, 1);
    EXPECT_FALSE(m_store.find(created.id + 1));
}

TEST_F(SqliteIncidentStoreTest, ListsNewestFirstByStatus) {
    const auto first = m_store.create(incident("first"), {});
    m_store.create(incident("second", IncidentStatus::Resolved), {});
    const auto third = m_store.create(incident("third"), {});
    std::vector<std::string> titles;
    for (const auto& open : m_store.list(IncidentStatus::Open, 10)) {
        titles.push_back(open.title);
    }
    EXPECT_THAT(titles, ElementsAre("third", "first"));
    EXPECT_EQ(m_store.list(std::nullopt, 10).size(), 3u);
    EXPECT_EQ(m_store.list(std::nullopt, 1)[0].id, third.id);
    EXPECT_EQ(m_store.list(IncidentStatus::Mitigated, 10).size(), 0u);
    EXPECT_NE(first.id, third.id);
}

TEST_F(SqliteIncidentStoreTest, ReplacesOnlyOverTheRevisionItWasMadeOn) {
    const IncidentRecord created = m_store.create(incident("x"), {});
    IncidentRecord change = created;
    change.status = IncidentStatus::Mitigated;
    change.mitigatedAt = common::fromUnixMilliseconds(2000);
    change.alertIds = {"error-rate"};
    const TimelineEntryRecord status = entry("status-mitigated", 2000, "mitigated");
    ASSERT_TRUE(m_store.replace(change, {&status, 1}));
    const auto stored = m_store.find(created.id);
    EXPECT_EQ(stored->status, IncidentStatus::Mitigated);
    EXPECT_EQ(stored->mitigatedAt, common::fromUnixMilliseconds(2000));
    EXPECT_THAT(stored->alertIds, ElementsAre("error-rate"));
    EXPECT_EQ(stored->revision, 2);

    // A second change made on revision 1 lost the race: nothing of it is written.
    IncidentRecord stale = created;
    stale.title = "stale";
    const TimelineEntryRecord lost = entry("update-2", 2500, "lost");
    EXPECT_FALSE(m_store.replace(stale, {&lost, 1}));
    EXPECT_EQ(m_store.find(created.id)->title, "x");
    EXPECT_THAT(entryIds(created.id), ElementsAre("status-mitigated"));
}

TEST_F(SqliteIncidentStoreTest, AppendsEachEntryIdOnce) {
    const auto created = m_store.create(incident("x"), {});
    const TimelineEntryRecord note = entry("run-1-step-1", 3000, "restarted the cache");
    EXPECT_EQ(m_store.append(created.id, note).result, AppendResult::Appended);
    const TimelineAppendOutcome retry = m_store.append(created.id, note);
    EXPECT_EQ(retry.result, AppendResult::AlreadyPresent);
    EXPECT_EQ(retry.entry->text, "restarted the cache");
    const TimelineAppendOutcome reused =
        m_store.append(created.id, entry("run-1-step-1", 3000, "something else"));
    EXPECT_EQ(reused.result, AppendResult::IdTaken);
    EXPECT_EQ(reused.entry->text, "restarted the cache");
    EXPECT_EQ(m_store.append(created.id + 100, note).result, AppendResult::IncidentNotFound);
    EXPECT_EQ(m_store.timeline(created.id).size(), 1u);
    // The same entry id in another incident is another entry.
    const auto other = m_store.create(incident("y"), {});
    EXPECT_EQ(m_store.append(other.id, note).result, AppendResult::Appended);
}

TEST_F(SqliteIncidentStoreTest, TheTimelineIsInTimeOrderThenArrivalOrder) {
    const auto created = m_store.create(incident("x"), {});
    m_store.append(created.id, entry("late", 9000, ""));
    m_store.append(created.id, entry("early", 1000, ""));
    m_store.append(created.id, entry("same-time-second", 5000, ""));
    m_store.append(created.id, entry("same-time-third", 5000, ""));
    EXPECT_THAT(entryIds(created.id),
                ElementsAre("early", "same-time-second", "same-time-third", "late"));
    EXPECT_EQ(m_store.find(created.id)->updatedAt, common::fromUnixMilliseconds(9005));
}

}  // namespace
}  // namespace recops::store
