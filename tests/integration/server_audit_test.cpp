// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The audit log against the real recopsd: every state-changing call (tokens, incidents,
// backups) is recorded with who, what, target, outcome and request id, refused calls
// included; reads and calls without credentials are not; GET /api/v1/audit filters and pages.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/operations_api.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;

/// One call the test makes, and the audit entry it expects for it.
struct AuditedCall {
    std::string token;
    std::string method;
    std::string target;
    std::string body;
    unsigned status;
    std::string action;
    std::string outcome;
    std::string auditTarget;
};

class ServerAuditTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_admin = createToken(data(), "admin", "root");
        m_operator = createToken(data(), "operator", "console-alice");
        m_viewer = createToken(data(), "viewer", "grafana");
        m_recopsd.emplace(RecopsdOptions{.dataDirectory = data()});
    }

    std::filesystem::path data() const { return m_scratch / "data"; }
    const std::string& url() const { return m_recopsd->url(); }

    HttpResponse send(const AuditedCall& call, const std::string& requestId) {
        HttpHeaders headers{bearer(call.token), {"X-Request-Id", requestId}};
        if (!call.body.empty()) {
            headers.emplace_back("Content-Type", "application/json");
        }
        return httpRequest(url(), call.method, call.target, headers, call.body);
    }

    nlohmann::json audit(const std::string& query = "") {
        const HttpResponse response = getWithToken(url(), m_admin, "/api/v1/audit" + query);
        EXPECT_EQ(response.status, 200u) << response.body;
        return response.json();
    }

    TemporaryDirectory m_scratch;
    std::string m_admin;
    std::string m_operator;
    std::string m_viewer;
    std::optional<RecopsdProcess> m_recopsd;
};

TEST_F(ServerAuditTest, EveryStateChangingCallIsRecordedRefusedOnesIncluded) {
    const std::string tokenId = m_viewer.substr(4, 16);
    const std::vector<AuditedCall> calls{
        {m_admin, "POST", "/api/v1/tokens", R"({"role": "client", "name": "app"})", 201,
         "token.create", "success", ""},
        {m_operator, "POST", "/api/v1/tokens", R"({"role": "client"})", 403, "token.create",
         "refused", "/api/v1/tokens"},
        {m_admin, "POST", "/api/v1/tokens", R"({"role": "root"})", 400, "token.create", "refused",
         "/api/v1/tokens"},
        {m_admin, "DELETE", "/api/v1/tokens/ffffffffffffffff", "", 404, "token.revoke", "refused",
         "/api/v1/tokens/ffffffffffffffff"},
        {m_admin, "DELETE", "/api/v1/tokens/" + tokenId, "", 204, "token.revoke", "success",
         "/api/v1/tokens/" + tokenId},
        {m_operator, "POST", "/api/v1/incidents", R"({"title": "Slow", "severity": "high"})", 201,
         "incident.create", "success", "/api/v1/incidents/1"},
        {m_operator, "PATCH", "/api/v1/incidents/1", R"({"status": "resolved"})", 200,
         "incident.update", "success", "/api/v1/incidents/1"},
        {m_operator, "PATCH", "/api/v1/incidents/1", R"({"status": "open"})", 409,
         "incident.update", "refused", "/api/v1/incidents/1"},
        {m_operator, "POST", "/api/v1/incidents/1/timeline",
         R"({"entry_id": "e1", "kind": "note"})", 201, "incident.timeline.append", "success",
         "/api/v1/incidents/1/timeline"},
        {m_operator, "POST", "/api/v1/backups/20260301T120000.000Z-00000000/verify", "", 404,
         "backup.verify", "refused", "/api/v1/backups/20260301T120000.000Z-00000000/verify"},
        {m_operator, "POST", "/api/v1/backups/20260301T120000.000Z-00000000/restore", "", 403,
         "backup.restore", "refused", "/api/v1/backups/20260301T120000.000Z-00000000/restore"},
        {m_admin, "POST", "/api/v1/backups", R"({"label": 7})", 400, "backup.create", "refused",
         "/api/v1/backups"},
        {m_operator, "PUT", "/api/v1/items/film-1", R"({"title": "Heat"})", 201, "item.put",
         "success", "/api/v1/items/film-1"},
        {m_operator, "DELETE", "/api/v1/items/film-1", "", 204, "item.delete", "success",
         "/api/v1/items/film-1"},
        {m_operator, "PUT", "/api/v1/config/ranking-weights", R"({"novelty": 1})", 400,
         "ranking_weights.update", "refused", "/api/v1/config/ranking-weights"},
        {m_operator, "POST", "/api/v1/models/default/versions/9/transition",
         R"({"stage": "Production"})", 404, "model.transition", "refused",
         "/api/v1/models/default/versions/9/transition"},
        {m_operator, "POST", "/api/v1/silences", R"({"matchers": []})", 400, "silence.create",
         "refused", "/api/v1/silences"},
        {m_operator, "DELETE", "/api/v1/users/u1", "", 403, "user.erase", "refused",
         "/api/v1/users/u1"},
    };
    for (std::size_t index = 0; index < calls.size(); ++index) {
        const HttpResponse response = send(calls[index], "call-" + std::to_string(index));
        ASSERT_EQ(response.status, calls[index].status)
            << calls[index].method << " " << calls[index].target << ": " << response.body;
    }
    // Neither reads nor calls without credentials are audited.
    getWithToken(url(), m_viewer, "/api/v1/incidents");
    httpRequest(url(), "POST", "/api/v1/tokens", {{"Content-Type", "application/json"}},
                R"({"role": "admin"})");

    const nlohmann::json entries = audit()["entries"];
    ASSERT_EQ(entries.size(), calls.size()) << entries.dump(2);
    for (std::size_t index = 0; index < calls.size(); ++index) {
        // Newest first.
        const nlohmann::json& entry = entries[calls.size() - 1 - index];
        const AuditedCall& call = calls[index];
        SCOPED_TRACE(call.method + " " + call.target);
        EXPECT_EQ(entry["action"], call.action);
        EXPECT_EQ(entry["outcome"], call.outcome);
        EXPECT_EQ(entry["status"], call.status);
        EXPECT_EQ(entry["request_id"], "call-" + std::to_string(index));
        EXPECT_EQ(entry["actor"]["token_id"], call.token.substr(4, 16));
        EXPECT_EQ(entry["actor"]["role"], call.token == m_admin ? "admin" : "operator");
        if (!call.auditTarget.empty()) {
            EXPECT_EQ(entry["target"], call.auditTarget);
        }
        EXPECT_EQ(entry["detail"].get<std::string>().empty(), call.outcome == "success");
        EXPECT_TRUE(entry["time"].is_string());
    }
    // A created token's entry names the new token, not the collection.
    EXPECT_THAT(entries[calls.size() - 1]["target"].get<std::string>(),
                HasSubstr("/api/v1/tokens/"));
    EXPECT_NE(entries[calls.size() - 1]["target"], "/api/v1/tokens");
    EXPECT_EQ(entries[calls.size() - 2]["detail"],
              "this route needs the admin role; the token has operator");
}

TEST_F(ServerAuditTest, BackupJobsAreRecordedWhenAcceptedAndWhenFinished) {
    const nlohmann::json backup = makeBackup(url(), m_operator);
    ASSERT_EQ(backup["status"], "succeeded");
    const std::string id = backup["id"];
    const HttpResponse prepared = postJson(url(), m_admin, "/api/v1/backups/" + id + "/restore");
    ASSERT_EQ(prepared.status, 200u);
    const HttpResponse wrong =
        postJson(url(), m_admin, "/api/v1/backups/" + id + "/restore",
                 R"({"confirmation": "rst_00000000000000000000000000000000"})");
    EXPECT_EQ(wrong.status, 409u);

    ASSERT_TRUE(waitUntil([&] { return audit("?action=backup.*")["entries"].size() >= 4; }));
    const nlohmann::json entries = audit("?action=backup.*")["entries"];
    std::vector<std::string> actions;
    for (const auto& entry : entries) {
        actions.push_back(entry["action"].get<std::string>() + ":" +
                          entry["outcome"].get<std::string>());
    }
    EXPECT_THAT(actions,
                ::testing::ElementsAre("backup.restore:refused", "backup.restore.prepare:success",
                                       "backup.create.finished:success", "backup.create:success"));
    EXPECT_EQ(entries[2]["target"], "/api/v1/backups/" + id);
    // The finished job carries the request id of the call that asked for it.
    EXPECT_EQ(entries[2]["request_id"], entries[3]["request_id"]);
    EXPECT_EQ(entries[2]["actor"]["name"], "console-alice");
}

TEST_F(ServerAuditTest, FiltersByActorActionAndTimeAndPagesWithACursor) {
    for (int index = 0; index < 7; ++index) {
        postJson(url(), m_operator, "/api/v1/incidents",
                 R"({"title": "incident )" + std::to_string(index) + R"(", "severity": "low"})");
    }
    postJson(url(), m_admin, "/api/v1/tokens", R"({"role": "viewer"})");

    EXPECT_EQ(audit("?actor=console-alice")["entries"].size(), 7u);
    EXPECT_EQ(audit("?actor=" + m_admin.substr(4, 16))["entries"].size(), 1u);
    EXPECT_EQ(audit("?action=incident.*")["entries"].size(), 7u);
    EXPECT_EQ(audit("?action=token.create")["entries"].size(), 1u);
    EXPECT_EQ(audit("?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z")["entries"].size(), 0u);
    EXPECT_EQ(audit("?from=2000-01-01T00:00:00Z")["entries"].size(), 8u);

    std::set<int> seen;
    std::string cursor;
    int pages = 0;
    do {
        const nlohmann::json page =
            audit("?limit=3" + (cursor.empty() ? std::string() : "&cursor=" + cursor));
        EXPECT_LE(page["entries"].size(), 3u);
        for (const auto& entry : page["entries"]) {
            EXPECT_TRUE(seen.insert(entry["id"].get<int>()).second) << "seen twice";
        }
        cursor = page["next_cursor"].is_null() ? "" : page["next_cursor"].get<std::string>();
        ++pages;
    } while (!cursor.empty() && pages < 10);
    EXPECT_EQ(seen.size(), 8u);
    EXPECT_EQ(pages, 3);
}

TEST_F(ServerAuditTest, OnlyAdminsReadTheAuditLog) {
    EXPECT_EQ(getWithToken(url(), m_operator, "/api/v1/audit").status, 403u);
    EXPECT_EQ(httpRequest(url(), "GET", "/api/v1/audit").status, 401u);
}

}  // namespace
}  // namespace recops::testing
