// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/token_directory.h"

#include "service/token_service.h"
#include "service_fixture.h"

namespace recops::service {
namespace {

class TokenDirectoryTest : public ServiceFixture {
protected:
    TokenService m_tokens{m_storage.tokens()};
};

TEST_F(TokenDirectoryTest, AuthenticatesAnIssuedTokenAsItsHolder) {
    const IssuedToken issued = m_tokens.issue(store::Role::Operator, "console");
    TokenDirectory directory(m_storage.tokens(), std::chrono::hours(1), m_logger);
    const auto caller = directory.authenticate(issued.token);
    ASSERT_TRUE(caller);
    EXPECT_EQ(caller->tokenId, issued.record.id);
    EXPECT_EQ(caller->name, "console");
    EXPECT_EQ(caller->role, store::Role::Operator);
}

TEST_F(TokenDirectoryTest, RefusesWrongSecretsUnknownIdsAndMalformedTokens) {
    const IssuedToken issued = m_tokens.issue(store::Role::Admin, "");
    TokenDirectory directory(m_storage.tokens(), std::chrono::hours(1), m_logger);
    std::string wrongSecret = issued.token;
    wrongSecret.back() = wrongSecret.back() == '0' ? '1' : '0';
    std::string unknownId = issued.token;
    unknownId[4] = unknownId[4] == '0' ? '1' : '0';
    EXPECT_FALSE(directory.authenticate(wrongSecret));
    EXPECT_FALSE(directory.authenticate(unknownId));
    EXPECT_FALSE(directory.authenticate(""));
    EXPECT_FALSE(directory.authenticate(issued.token + " "));
    EXPECT_FALSE(directory.authenticate(issued.record.id));
}

TEST_F(TokenDirectoryTest, RefreshNowAppliesThisProcesssChangesAtOnce) {
    TokenDirectory directory(m_storage.tokens(), std::chrono::hours(1), m_logger);
    const IssuedToken issued = m_tokens.issue(store::Role::Viewer, "late");
    EXPECT_FALSE(directory.authenticate(issued.token));  // the hour-long interval has not passed
    directory.refreshNow();
    EXPECT_TRUE(directory.authenticate(issued.token));
    m_tokens.revoke(issued.record.id);
    directory.refreshNow();
    EXPECT_FALSE(directory.authenticate(issued.token));
}

TEST_F(TokenDirectoryTest, ARevocationByAnotherProcessAppliesWithinTheRefreshInterval) {
    const IssuedToken issued = m_tokens.issue(store::Role::Client, "app");
    TokenDirectory directory(m_storage.tokens(), std::chrono::milliseconds(50), m_logger);
    ASSERT_TRUE(directory.authenticate(issued.token));

    const auto other = openOtherProcessStorage();
    ASSERT_EQ(TokenService(other->tokens()).revoke(issued.record.id),
              store::RevokeOutcome::Revoked);

    EXPECT_TRUE(testing::waitUntil([&] { return !directory.authenticate(issued.token); }));
}

TEST_F(TokenDirectoryTest, ATokenCreatedByAnotherProcessIsAcceptedWithinTheRefreshInterval) {
    TokenDirectory directory(m_storage.tokens(), std::chrono::milliseconds(50), m_logger);
    const auto other = openOtherProcessStorage();
    const IssuedToken issued = TokenService(other->tokens()).issue(store::Role::Viewer, "new");
    EXPECT_TRUE(
        testing::waitUntil([&] { return directory.authenticate(issued.token).has_value(); }));
}

}  // namespace
}  // namespace recops::service
