// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/token_service.h"

#include "common/access_token.h"
#include "service_fixture.h"

#include <gmock/gmock.h>

namespace recops::service {
namespace {

using ::testing::HasSubstr;

class TokenServiceTest : public ServiceFixture {
protected:
    TokenService m_tokens{m_storage.tokens()};
};

TEST_F(TokenServiceTest, IssueStoresOnlyTheDigestOfTheTokenItReturns) {
    const IssuedToken issued = m_tokens.issue(store::Role::Admin, "ops");
    const auto token = common::AccessToken::parse(issued.token);
    ASSERT_TRUE(token);
    EXPECT_EQ(token->id(), issued.record.id);
    const auto stored = m_storage.tokens().find(issued.record.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->digest, token->digest());
    EXPECT_EQ(stored->role, store::Role::Admin);
    EXPECT_EQ(stored->name, "ops");
    // The secret itself is nowhere in the database file.
    EXPECT_EQ(testing::readFile(m_directory / "recops.db").find(issued.token.substr(21)),
              std::string::npos);
}

TEST_F(TokenServiceTest, NamesAreBoundedAndPrintable) {
    EXPECT_FALSE(TokenService::findNameProblem(""));
    EXPECT_FALSE(TokenService::findNameProblem("grafana on host-1 ✓"));
    EXPECT_TRUE(TokenService::findNameProblem(std::string(101, 'a')));
    EXPECT_TRUE(TokenService::findNameProblem("tab\there"));
    EXPECT_THROW(m_tokens.issue(store::Role::Viewer, "new\nline"), std::invalid_argument);
}

TEST_F(TokenServiceTest, BootstrapAdminIsCreatedOnceAndRevocationSticks) {
    const std::string token = "rcp_00000000000000b0_" + std::string(64, 'b');
    m_tokens.ensureBootstrapAdmin(token);
    const auto created = m_tokens.find("00000000000000b0");
    ASSERT_TRUE(created);
    EXPECT_EQ(created->role, store::Role::Admin);
    EXPECT_EQ(created->name, "bootstrap");

    m_tokens.ensureBootstrapAdmin(token);
    EXPECT_EQ(m_tokens.list().size(), 1u);

    m_tokens.revoke("00000000000000b0");
    m_tokens.ensureBootstrapAdmin(token);
    EXPECT_TRUE(m_tokens.find("00000000000000b0")->isRevoked());
}

TEST_F(TokenServiceTest, BootstrapTokenClashingWithAnotherSecretStopsTheStart) {
    m_tokens.ensureBootstrapAdmin("rcp_00000000000000b0_" + std::string(64, 'b'));
    try {
        m_tokens.ensureBootstrapAdmin("rcp_00000000000000b0_" + std::string(64, 'c'));
        FAIL() << "a clashing bootstrap token was accepted";
    } catch (const std::runtime_error& error) {
        EXPECT_THAT(error.what(), HasSubstr("already in the database with another secret"));
    }
}

}  // namespace
}  // namespace recops::service
