// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Tokens end to end: the `recopsd token` commands, whoami, token management over HTTP, roles,
// revocation reaching a running server, protected probes and the bootstrap admin token.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

/// Whether @p text is exactly rcp_<16 hex>_<64 hex>.
bool isToken(std::string_view text) {
    const auto hex = [](std::string_view part) {
        return std::all_of(part.begin(), part.end(),
                           [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    };
    return text.size() == 85 && text.starts_with("rcp_") && text[20] == '_' &&
           hex(text.substr(4, 16)) && hex(text.substr(21));
}

std::string idOf(const std::string& token) {
    return token.substr(4, 16);
}

class ServerAuthTest : public ::testing::Test {
protected:
    std::filesystem::path data() const { return m_scratch / "data"; }

    HttpResponse whoAmI(const RecopsdProcess& recopsd, const std::string& token) {
        return httpRequest(recopsd.url(), "GET", "/api/v1/whoami", {bearer(token)});
    }

    TemporaryDirectory m_scratch;
};

TEST_F(ServerAuthTest, TokenCreatePrintsOnlyTheToken) {
    const CommandResult result = runRecopsd(
        {"token", "create", "--data-dir", data().string(), "--role", "operator", "--name", "ci"});
    EXPECT_EQ(result.exitCode, 0) << result.standardError;
    ASSERT_TRUE(result.standardOutput.ends_with("\n")) << result.standardOutput;
    EXPECT_TRUE(isToken(
        std::string_view(result.standardOutput).substr(0, result.standardOutput.size() - 1)))
        << result.standardOutput;
    EXPECT_THAT(result.standardError, HasSubstr("shown only this once"));
}

TEST_F(ServerAuthTest, TokenCreateRefusesAnUnknownRole) {
    const CommandResult result =
        runRecopsd({"token", "create", "--data-dir", data().string(), "--role", "root"});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_EQ(result.standardOutput, "");
    EXPECT_THAT(result.standardError, HasSubstr("--role"));
}

TEST_F(ServerAuthTest, TokenListShowsTokensButNeverSecrets) {
    const std::string token = createToken(data(), "viewer", "grafana");
    const CommandResult table = runRecopsd({"token", "list", "--data-dir", data().string()});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_THAT(table.standardOutput, HasSubstr(idOf(token)));
    EXPECT_THAT(table.standardOutput, HasSubstr("viewer"));
    EXPECT_THAT(table.standardOutput, HasSubstr("grafana"));
    EXPECT_THAT(table.standardOutput, Not(HasSubstr(token.substr(21))));

    const CommandResult json =
        runRecopsd({"token", "list", "--data-dir", data().string(), "--json"});
    const auto listed = nlohmann::json::parse(json.standardOutput)["tokens"];
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0]["id"], idOf(token));
    EXPECT_EQ(listed[0]["role"], "viewer");
    EXPECT_TRUE(listed[0]["revoked_at"].is_null());
    EXPECT_FALSE(listed[0].contains("token"));
    EXPECT_FALSE(listed[0].contains("digest"));
}

TEST_F(ServerAuthTest, WhoAmIAnswersEveryRoleWithItsToken) {
    std::map<std::string, std::string> tokens;
    for (const char* role : {"viewer", "client", "operator", "admin"}) {
        tokens[role] = createToken(data(), role, std::string("the ") + role);
    }
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});
    for (const auto& [role, token] : tokens) {
        const HttpResponse response = whoAmI(recopsd, token);
        ASSERT_EQ(response.status, 200u) << role;
        EXPECT_EQ(
            response.json(),
            (nlohmann::json{{"token_id", idOf(token)}, {"name", "the " + role}, {"role", role}}));
    }
}

TEST_F(ServerAuthTest, ARevocationByTheCommandLineReachesTheRunningServer) {
    const std::string token = createToken(data(), "client", "app");
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data(),
                                          .arguments = {"--set", "auth.token_refresh_ms=200"}});
    ASSERT_EQ(whoAmI(recopsd, token).status, 200u);

    const CommandResult revoke =
        runRecopsd({"token", "revoke", idOf(token), "--data-dir", data().string()});
    ASSERT_EQ(revoke.exitCode, 0) << revoke.standardError;
    EXPECT_EQ(revoke.standardOutput, "revoked token " + idOf(token) + "\n");

    EXPECT_TRUE(waitUntil([&] { return whoAmI(recopsd, token).status == 401; }));
    const CommandResult again =
        runRecopsd({"token", "revoke", idOf(token), "--data-dir", data().string()});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_THAT(again.standardOutput, HasSubstr("already revoked"));
    const CommandResult unknown =
        runRecopsd({"token", "revoke", "ffffffffffffffff", "--data-dir", data().string()});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.standardError, "recopsd: no token has id ffffffffffffffff\n");
}

TEST_F(ServerAuthTest, ATokenCreatedByTheCommandLineWorksOnTheRunningServer) {
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data(),
                                          .arguments = {"--set", "auth.token_refresh_ms=200"}});
    const std::string token = createToken(data(), "viewer");
    EXPECT_TRUE(waitUntil([&] { return whoAmI(recopsd, token).status == 200; }));
}

TEST_F(ServerAuthTest, AdminsManageTokensOverHttp) {
    const std::string admin = createToken(data(), "admin", "root");
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data()});

    const HttpResponse created = httpRequest(recopsd.url(), "POST", "/api/v1/tokens",
                                             {bearer(admin), {"Content-Type", "application/json"}},
                                             R"({"role": "operator", "name": "console-alice"})");
    ASSERT_EQ(created.status, 201u) << created.body;
    const auto body = created.json();
    const std::string token = body["token"];
    EXPECT_TRUE(isToken(token)) << token;
    EXPECT_EQ(body["id"], idOf(token));
    EXPECT_EQ(body["role"], "operator");
    EXPECT_EQ(body["name"], "console-alice");
    EXPECT_TRUE(body["revoked_at"].is_null());
    EXPECT_EQ(created.header("Location"), "/api/v1/tokens/" + idOf(token));
    EXPECT_EQ(created.header("Cache-Control"), "no-store");

    // Usable at once, without waiting for a refresh.
    EXPECT_EQ(whoAmI(recopsd, token).json()["role"], "operator");

    const auto listed =
        httpRequest(recopsd.url(), "GET", "/api/v1/tokens", {bearer(admin)}).json()["tokens"];
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[1]["id"], idOf(token));
    EXPECT_FALSE(listed[1].contains("token"));

    const HttpResponse one =
        httpRequest(recopsd.url(), "GET", "/api/v1/tokens/" + idOf(token), {bearer(admin)});
    EXPECT_EQ(one.status, 200u);
    EXPECT_EQ(one.json()["name"], "console-alice");

    // An operator is below admin: no token management.
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/api/v1/tokens", {bearer(token)}).status, 403u);

    const HttpResponse revoked =
        httpRequest(recopsd.url(), "DELETE", "/api/v1/tokens/" + idOf(token), {bearer(admin)});
    EXPECT_EQ(revoked.status, 204u);
    EXPECT_TRUE(revoked.body.empty());
    EXPECT_EQ(whoAmI(recopsd, token).status, 401u);
    EXPECT_EQ(httpRequest(recopsd.url(), "DELETE", "/api/v1/tokens/" + idOf(token), {bearer(admin)})
                  .status,
              204u);
    const auto after =
        httpRequest(recopsd.url(), "GET", "/api/v1/tokens/" + idOf(token), {bearer(admin)}).json();
    EXPECT_TRUE(after["revoked_at"].is_string());
}

TEST_F(ServerAuthTest, ProbesLeftOutOfOpenEndpointsNeedAViewerToken) {
    const std::string viewer = createToken(data(), "viewer");
    RecopsdProcess recopsd(RecopsdOptions{.dataDirectory = data(),
                                          .arguments = {"--set", "auth.open_endpoints=/healthz"}});
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/healthz").status, 200u);
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/metrics").status, 401u);
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/readyz").status, 401u);
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/metrics", {bearer(viewer)}).status, 200u);
    EXPECT_EQ(httpRequest(recopsd.url(), "GET", "/readyz", {bearer(viewer)}).status, 503u);
}

TEST_F(ServerAuthTest, TheBootstrapAdminTokenFromTheEnvironmentIsCreatedAtStart) {
    const std::string token = "rcp_00000000000000b0_" + std::string(64, '7');
    RecopsdProcess recopsd(RecopsdOptions{
        .dataDirectory = data(), .environment = {{"RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN", token}}});
    EXPECT_EQ(whoAmI(recopsd, token).json(),
              (nlohmann::json{
                  {"token_id", "00000000000000b0"}, {"name", "bootstrap"}, {"role", "admin"}}));
    EXPECT_EQ(recopsd.stop(), 0);
    EXPECT_THAT(recopsd.standardError(), Not(HasSubstr(std::string(64, '7'))));
}

}  // namespace
}  // namespace recops::testing
