// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_audit_log.h"

#include "common/timestamp.h"
#include "server/support/temporary_directory.h"
#include "store/sqlite_storage.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::store {
namespace {

using ::testing::ElementsAre;

AuditEntry entry(std::int64_t timeMs, const std::string& actor, const std::string& action) {
    return AuditEntry{0,
                      common::fromUnixMilliseconds(timeMs),
                      "id-" + actor,
                      actor,
                      "admin",
                      action,
                      "/api/v1/x",
                      AuditOutcome::Success,
                      200,
                      "request-" + std::to_string(timeMs),
                      ""};
}

class SqliteAuditLogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_log.append(entry(1000, "alice", "token.create"));
        m_log.append(entry(2000, "bob", "backup.create"));
        m_log.append(entry(3000, "alice", "backup.restore"));
        m_log.append(entry(4000, "carol", "backups.other"));
        m_log.append(entry(5000, "bob", "incident.create"));
    }

    std::vector<std::string> actions(const AuditQuery& query) {
        std::vector<std::string> found;
        for (const AuditEntry& audit : m_log.query(query)) {
            found.push_back(audit.action);
        }
        return found;
    }

    testing::TemporaryDirectory m_directory;
    SqliteStorage m_storage{SqliteOptions{m_directory / "recops.db", 1000}};
    AuditLog& m_log = m_storage.audit();
};

TEST_F(SqliteAuditLogTest, StoresEveryFieldAndHandsOutIncreasingIds) {
    AuditEntry refused = entry(6000, "dave", "token.revoke");
    refused.outcome = AuditOutcome::Refused;
    refused.status = 403;
    refused.detail = "this route needs the admin role";
    const std::int64_t id = m_log.append(refused);
    const auto newest = m_log.query(AuditQuery{.limit = 1});
    ASSERT_EQ(newest.size(), 1u);
    EXPECT_EQ(newest[0].id, id);
    EXPECT_EQ(newest[0].time, common::fromUnixMilliseconds(6000));
    EXPECT_EQ(newest[0].actorTokenId, "id-dave");
    EXPECT_EQ(newest[0].actorRole, "admin");
    EXPECT_EQ(newest[0].outcome, AuditOutcome::Refused);
    EXPECT_EQ(newest[0].status, 403);
    EXPECT_EQ(newest[0].requestId, "request-6000");
    EXPECT_EQ(newest[0].detail, "this route needs the admin role");
}

TEST_F(SqliteAuditLogTest, ReadsNewestFirst) {
    EXPECT_THAT(actions({}), ElementsAre("incident.create", "backups.other", "backup.restore",
                                         "backup.create", "token.create"));
}

TEST_F(SqliteAuditLogTest, FiltersByActorIdOrName) {
    EXPECT_THAT(actions({.actor = "alice"}), ElementsAre("backup.restore", "token.create"));
    EXPECT_THAT(actions({.actor = "id-bob"}), ElementsAre("incident.create", "backup.create"));
    EXPECT_THAT(actions({.actor = "nobody"}), ElementsAre());
}

TEST_F(SqliteAuditLogTest, FiltersByActionOrPrefix) {
    EXPECT_THAT(actions({.action = "backup.create"}), ElementsAre("backup.create"));
    // "backup.*" is backup.something, not backups.other.
    EXPECT_THAT(actions({.action = "backup.*"}), ElementsAre("backup.restore", "backup.create"));
}

TEST_F(SqliteAuditLogTest, FiltersByTimeFromInclusiveToExclusive) {
    EXPECT_THAT(actions({.from = common::fromUnixMilliseconds(2000),
                         .to = common::fromUnixMilliseconds(4000)}),
                ElementsAre("backup.restore", "backup.create"));
}

TEST_F(SqliteAuditLogTest, PagesByIdWithoutGapsOrRepeats) {
    const auto first = m_log.query({.limit = 2});
    ASSERT_EQ(first.size(), 2u);
    const auto second = m_log.query({.beforeId = first.back().id, .limit = 2});
    const auto third = m_log.query({.beforeId = second.back().id, .limit = 2});
    EXPECT_EQ(second[0].action, "backup.restore");
    EXPECT_EQ(second[1].action, "backup.create");
    ASSERT_EQ(third.size(), 1u);
    EXPECT_EQ(third[0].action, "token.create");
    EXPECT_TRUE(m_log.query({.beforeId = third[0].id}).empty());
}

}  // namespace
}  // namespace recops::store
