// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_token_store.h"

#include "common/digest.h"
#include "common/timestamp.h"
#include "server/support/temporary_directory.h"
#include "store/sqlite_storage.h"

#include <gtest/gtest.h>

namespace recops::store {
namespace {

TokenRecord makeRecord(const std::string& id, Role role, std::int64_t createdMs) {
    return TokenRecord{id,
                       "name of " + id,
                       role,
                       common::sha256(id),
                       common::fromUnixMilliseconds(createdMs),
                       std::nullopt};
}

class SqliteTokenStoreTest : public ::testing::Test {
protected:
    SqliteOptions options() const { return SqliteOptions{m_directory / "recops.db", 1000}; }

    testing::TemporaryDirectory m_directory;
    SqliteStorage m_storage{options()};
    TokenStore& m_tokens = m_storage.tokens();
};

TEST_F(SqliteTokenStoreTest, StoresAndFindsEveryField) {
    ASSERT_TRUE(m_tokens.insert(makeRecord("00000000000000aa", Role::Operator, 1000)));
    const auto found = m_tokens.find("00000000000000aa");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, "name of 00000000000000aa");
    EXPECT_EQ(found->role, Role::Operator);
    EXPECT_EQ(found->digest, common::sha256("00000000000000aa"));
    EXPECT_EQ(common::toUnixMilliseconds(found->createdAt), 1000);
    EXPECT_FALSE(found->isRevoked());
    EXPECT_FALSE(m_tokens.find("00000000000000bb"));
}

TEST_F(SqliteTokenStoreTest, RefusesATakenId) {
    ASSERT_TRUE(m_tokens.insert(makeRecord("00000000000000aa", Role::Viewer, 1)));
    EXPECT_FALSE(m_tokens.insert(makeRecord("00000000000000aa", Role::Admin, 2)));
    EXPECT_EQ(m_tokens.find("00000000000000aa")->role, Role::Viewer);
}

TEST_F(SqliteTokenStoreTest, ListsOldestFirstWithRevokedOnes) {
    m_tokens.insert(makeRecord("00000000000000bb", Role::Admin, 2000));
    m_tokens.insert(makeRecord("00000000000000aa", Role::Viewer, 1000));
    m_tokens.revoke("00000000000000bb", common::fromUnixMilliseconds(3000));
    const auto records = m_tokens.list();
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].id, "00000000000000aa");
    EXPECT_EQ(records[1].id, "00000000000000bb");
    ASSERT_TRUE(records[1].revokedAt);
    EXPECT_EQ(common::toUnixMilliseconds(*records[1].revokedAt), 3000);
}

TEST_F(SqliteTokenStoreTest, RevokeSaysWhatItFound) {
    m_tokens.insert(makeRecord("00000000000000aa", Role::Viewer, 1));
    EXPECT_EQ(m_tokens.revoke("00000000000000aa", common::fromUnixMilliseconds(5)),
              RevokeOutcome::Revoked);
    EXPECT_EQ(m_tokens.revoke("00000000000000aa", common::fromUnixMilliseconds(9)),
              RevokeOutcome::AlreadyRevoked);
    EXPECT_EQ(common::toUnixMilliseconds(*m_tokens.find("00000000000000aa")->revokedAt), 5);
    EXPECT_EQ(m_tokens.revoke("00000000000000cc", common::fromUnixMilliseconds(5)),
              RevokeOutcome::NotFound);
}

TEST_F(SqliteTokenStoreTest, RevisionChangesWhenAnotherProcessCommits) {
    const std::uint64_t before = m_tokens.revision();
    EXPECT_EQ(m_tokens.revision(), before);
    {
        // A second storage on the same file is what `recopsd token create` opens.
        SqliteStorage other(options());
        other.tokens().insert(makeRecord("00000000000000dd", Role::Client, 1));
    }
    const std::uint64_t after = m_tokens.revision();
    EXPECT_NE(after, before);
    EXPECT_TRUE(m_tokens.find("00000000000000dd"));
}

TEST_F(SqliteTokenStoreTest, RevisionChangesWhenThisProcessCommits) {
    const std::uint64_t before = m_tokens.revision();
    m_tokens.insert(makeRecord("00000000000000ee", Role::Client, 1));
    EXPECT_NE(m_tokens.revision(), before);
}

TEST_F(SqliteTokenStoreTest, HealthReportsTheSchemaVersion) {
    const StoreHealth health = m_storage.health();
    EXPECT_TRUE(health.available);
    EXPECT_EQ(health.backend, "sqlite");
    EXPECT_EQ(health.schemaVersion, m_storage.schemaVersion());
    EXPECT_GE(health.schemaVersion, 1);
}

}  // namespace
}  // namespace recops::store
