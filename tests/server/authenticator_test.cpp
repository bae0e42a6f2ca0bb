// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/authenticator.h"

#include "http/responses.h"
#include "service/token_directory.h"
#include "service/token_service.h"
#include "service_fixture.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

namespace recops::service {
namespace {

using ::testing::HasSubstr;

class AuthenticatorTest : public ServiceFixture {
protected:
    http::Response call(const http::Handler& handler, const std::string& authorization) {
        http::Request request(http::Verb::get, "/api/v1/x", 11);
        if (!authorization.empty()) {
            request.set(http::Field::authorization, authorization);
        }
        const http::PathParameters parameters;
        return handler(http::RequestContext{request, "/api/v1/x", "", parameters, "rid", "remote"});
    }

    http::Handler operatorOnly() const {
        return m_authenticator.requireRole(
            store::Role::Operator, [](const http::RequestContext&, const Principal& caller) {
                return http::jsonResponse(http::Status::ok, {{"caller", caller.name}});
            });
    }

    std::string detailOf(const http::Response& response) {
        return nlohmann::json::parse(response.body())["detail"].get<std::string>();
    }

    TokenService m_tokens{m_storage.tokens()};
    IssuedToken m_operator = m_tokens.issue(store::Role::Operator, "op");
    IssuedToken m_viewer = m_tokens.issue(store::Role::Viewer, "viewer");
    TokenDirectory m_directory{m_storage.tokens(), std::chrono::hours(1), m_logger};
    Authenticator m_authenticator{m_directory};
};

TEST_F(AuthenticatorTest, LetsAHighEnoughRoleThroughAndTellsTheHandlerWho) {
    const auto response = call(operatorOnly(), "Bearer " + m_operator.token);
    EXPECT_EQ(response.result(), http::Status::ok);
    EXPECT_EQ(nlohmann::json::parse(response.body())["caller"], "op");
}

TEST_F(AuthenticatorTest, TheSchemeIsCaseInsensitive) {
    EXPECT_EQ(call(operatorOnly(), "bearer  " + m_operator.token).result(), http::Status::ok);
}

TEST_F(AuthenticatorTest, MissingOrForeignCredentialsAre401WithAChallenge) {
    const auto missing = call(operatorOnly(), "");
    EXPECT_EQ(missing.result(), http::Status::unauthorized);
    EXPECT_EQ(missing[http::Field::www_authenticate], "Bearer realm=\"recopsd\"");
    EXPECT_THAT(detailOf(missing), HasSubstr("needs a token"));

    const auto basic = call(operatorOnly(), "Basic dXNlcjpwYXNz");
    EXPECT_EQ(basic.result(), http::Status::unauthorized);
    EXPECT_THAT(detailOf(basic), HasSubstr("expected Authorization: Bearer"));

    const auto bogus = call(operatorOnly(), "Bearer rcp_nope");
    EXPECT_EQ(bogus.result(), http::Status::unauthorized);
    EXPECT_THAT(detailOf(bogus), HasSubstr("malformed, unknown or revoked"));
}

TEST_F(AuthenticatorTest, ARoleTooLowIs403NamingBothRoles) {
    const auto response = call(operatorOnly(), "Bearer " + m_viewer.token);
    EXPECT_EQ(response.result(), http::Status::forbidden);
    EXPECT_EQ(detailOf(response), "this route needs the operator role; the token has viewer");
}

}  // namespace
}  // namespace recops::service
