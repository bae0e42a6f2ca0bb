// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The SQLite stores of the monitoring plane round-trip what they are given, prune what fell
// out of the retention, and refuse a policy that names a contact that is gone.
#include "server/support/temporary_directory.h"
#include "store/sqlite_storage.h"
#include "store/store_error.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::store {
namespace {

using ::testing::ElementsAre;

class SqliteMonitoringStoresTest : public ::testing::Test {
protected:
    testing::TemporaryDirectory m_directory;
    SqliteStorage m_storage{SqliteOptions{m_directory / "recops.db", 1000}};
};

MetricWindowRecord bucket(std::int64_t resolution, std::int64_t startMs, std::int64_t requests) {
    return {resolution, startMs, requests, 1, 2, 3, 4, {requests, 0, 7}};
}

TEST_F(SqliteMonitoringStoresTest, WindowBucketsRoundTripReplaceAndPrune) {
    MetricWindowStore& store = m_storage.metricWindows();
    store.save({bucket(1, 1000, 5), bucket(1, 2000, 6), bucket(60, 0, 11)}, 0, 0);
    // Same bucket again replaces it; keep-from cutoffs drop older buckets of each resolution.
    store.save({bucket(1, 2000, 9), bucket(60, 60'000, 12)}, 1500, 60'000);
    EXPECT_THAT(store.load(0, 0), ElementsAre(bucket(1, 2000, 9), bucket(60, 60'000, 12)));
    EXPECT_THAT(store.load(2001, 0), ElementsAre(bucket(60, 60'000, 12)));
}

TEST_F(SqliteMonitoringStoresTest, SilencesRoundTrip) {
    const SilenceRecord silence{"0123456789abcdef",
                                {{"alertname", "=", "X"}, {"team", "=~", "db|cache"}},
                                1000,
                                2000,
                                "alice",
                                "maintenance",
                                500};
    m_storage.silences().save(silence);
    EXPECT_THAT(m_storage.silences().list(), ElementsAre(silence));
}

TEST_F(SqliteMonitoringStoresTest, APolicyCannotNameAMissingContact) {
    OnCallStore& store = m_storage.onCall();
    store.replaceContacts({{"alice", "Alice", "", "", "", "", "", ""}});
    EXPECT_THROW(store.replacePolicies({{"p", "P", {}, {{0, {"bob"}}}, 0}}), StoreError);
    EXPECT_TRUE(store.policies().empty());
    store.replacePolicies({{"p", "P", {{"severity", "=", "critical"}}, {{300'000, {"alice"}}}, 1}});
    // Removing a contact a policy pages fails on the foreign key and changes nothing.
    EXPECT_THROW(store.replaceContacts({}), StoreError);
    EXPECT_EQ(store.contacts().size(), 1u);
    EXPECT_EQ(store.policies().at(0).levels.at(0).contactIds, std::vector<std::string>{"alice"});
}

TEST_F(SqliteMonitoringStoresTest, NotificationsKeepEveryAttempt) {
    AlertRecord alert;
    alert.id = "a1b2c3d4e5f60718";
    alert.rule = "X";
    alert.severity = "warning";
    alert.state = "firing";
    m_storage.alerts().save(alert, {});
    NotificationRecord record{
        "0011223344556677", alert.id, "alice", "firing",     "slack", "http://x", "{}", 2,
        "pending",          1000,     1000,    std::nullopt, {}};
    m_storage.notifications().save(record);
    record.attempts.push_back({1, 1000, 12, 500, "HTTP 500"});
    record.attempts.push_back({2, 2000, 8, std::nullopt, "timed out"});
    m_storage.notifications().save(record);
    EXPECT_THAT(m_storage.notifications().listPending(), ElementsAre(record));
    record.state = "delivered";
    m_storage.notifications().save(record);
    EXPECT_TRUE(m_storage.notifications().listPending().empty());
    NotificationQuery query;
    query.contactId = "bob";
    EXPECT_TRUE(m_storage.notifications().list(query).empty());
    query.contactId = "alice";
    EXPECT_THAT(m_storage.notifications().list(query), ElementsAre(record));
}

}  // namespace
}  // namespace recops::store
