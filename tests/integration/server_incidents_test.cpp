// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Incidents against the real recopsd: the lifecycle open -> mitigated -> resolved with its
// times and timeline, refused transitions, and timeline entries that a retrying console can
// send twice without duplicating them.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/operations_api.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::ElementsAre;

class ServerIncidentsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_scratch = new TemporaryDirectory();
        const auto data = *s_scratch / "data";
        s_operator = new std::string(createToken(data, "operator", "console-alice"));
        s_viewer = new std::string(createToken(data, "viewer", "grafana"));
        s_admin = new std::string(createToken(data, "admin", "root"));
        s_recopsd = new RecopsdProcess(RecopsdOptions{.dataDirectory = data});
    }

    static void TearDownTestSuite() {
        delete s_recopsd;
        delete s_admin;
        delete s_viewer;
        delete s_operator;
        delete s_scratch;
    }

    static const std::string& url() { return s_recopsd->url(); }

    static nlohmann::json createIncident(const std::string& title = "Slow recommendations") {
        const HttpResponse created =
            postJson(url(), *s_operator, "/api/v1/incidents",
                     nlohmann::json{{"title", title},
                                    {"severity", "high"},
                                    {"summary", "P95 above 100 ms since 12:00"},
                                    {"alert_ids", {"p95-latency"}},
                                    {"commander", "alice"}}
                         .dump());
        EXPECT_EQ(created.status, 201u) << created.body;
        return created.json();
    }

    static std::vector<std::string> entryIds(const nlohmann::json& incident) {
        std::vector<std::string> ids;
        for (const auto& entry : incident["timeline"]) {
            ids.push_back(entry["entry_id"]);
        }
        return ids;
    }

    static inline TemporaryDirectory* s_scratch = nullptr;
    static inline std::string* s_operator = nullptr;
    static inline std::string* s_viewer = nullptr;
    static inline std::string* s_admin = nullptr;
    static inline RecopsdProcess* s_recopsd = nullptr;
};

TEST_F(ServerIncidentsTest, AnIncidentMovesFromOpenToMitigatedToResolvedWithItsTimes) {
    const nlohmann::json created = createIncident();
    const std::string path = "/api/v1/incidents/" + std::to_string(created["id"].get<int>());
    EXPECT_EQ(created["status"], "open");
    EXPECT_EQ(created["severity"], "high");
    EXPECT_EQ(created["commander"], "alice");
    EXPECT_EQ(created["alert_ids"], nlohmann::json({"p95-latency"}));
    EXPECT_EQ(created["created_by"]["name"], "console-alice");
    EXPECT_TRUE(created["mitigated_at"].is_null());
    EXPECT_THAT(entryIds(created), ElementsAre("status-open"));

    const HttpResponse mitigated =
        patchJson(url(), *s_operator, path, R"({"status": "mitigated"})");
    ASSERT_EQ(mitigated.status, 200u) << mitigated.body;
    EXPECT_EQ(mitigated.json()["status"], "mitigated");
    EXPECT_TRUE(mitigated.json()["mitigated_at"].is_string());
    EXPECT_TRUE(mitigated.json()["resolved_at"].is_null());

    const HttpResponse resolved =
        patchJson(url(), *s_operator, path, R"({"status": "resolved", "severity": "critical"})");
    ASSERT_EQ(resolved.status, 200u) << resolved.body;
    const nlohmann::json incident = getWithToken(url(), *s_viewer, path).json();
    EXPECT_EQ(incident["status"], "resolved");
    EXPECT_EQ(incident["severity"], "critical");
    EXPECT_EQ(incident["mitigated_at"], mitigated.json()["mitigated_at"]);
    EXPECT_GE(incident["resolved_at"].get<std::string>(),
              incident["mitigated_at"].get<std::string>());
    EXPECT_THAT(entryIds(incident),
                ElementsAre("status-open", "status-mitigated", "status-resolved", "update-3"));
    EXPECT_EQ(incident["timeline"][2]["data"],
              (nlohmann::json{{"from", "mitigated"}, {"to", "resolved"}}));
    EXPECT_EQ(incident["timeline"][3]["data"]["to"]["severity"], "critical");

    // Backwards is refused and changes nothing.
    const HttpResponse reopened = patchJson(url(), *s_operator, path, R"({"status": "open"})");
    EXPECT_EQ(reopened.status, 409u);
    EXPECT_EQ(reopened.json()["type"], "urn:recops:problem:conflict");
    EXPECT_EQ(reopened.json()["detail"],
              "incident " + std::to_string(created["id"].get<int>()) +
                  " is resolved and cannot move back to open; status moves only forward: open, "
                  "mitigated, resolved");
    EXPECT_EQ(getWithToken(url(), *s_viewer, path).json()["status"], "resolved");
}

TEST_F(ServerIncidentsTest, ListsIncidentsNewestFirstByStatus) {
    const int first = createIncident("first")["id"];
    const int second = createIncident("second")["id"];
    ASSERT_EQ(patchJson(url(), *s_operator, "/api/v1/incidents/" + std::to_string(second),
                        R"({"status": "resolved"})")
                  .status,
              200u);
    const auto listed = [](const std::string& query) {
        std::vector<int> ids;
        // Held in a local: a range-for keeps only the outermost temporary alive.
        const nlohmann::json incidents =
            getWithToken(url(), *s_viewer, "/api/v1/incidents" + query).json()["incidents"];
        for (const auto& incident : incidents) {
            EXPECT_FALSE(incident.contains("timeline"));
            ids.push_back(incident["id"]);
        }
        return ids;
    };
    const auto open = listed("?status=open");
    EXPECT_NE(std::find(open.begin(), open.end(), first), open.end());
    EXPECT_EQ(std::find(open.begin(), open.end(), second), open.end());
    const auto resolved = listed("?status=resolved");
    EXPECT_NE(std::find(resolved.begin(), resolved.end(), second), resolved.end());
    const auto all = listed("");
    EXPECT_LT(std::find(all.begin(), all.end(), second) - all.begin(),
              std::find(all.begin(), all.end(), first) - all.begin());
    EXPECT_EQ(listed("?limit=1").size(), 1u);
}

TEST_F(ServerIncidentsTest, ATimelineEntrySentTwiceIsStoredOnce) {
    const int id = createIncident()["id"];
    const std::string timeline = "/api/v1/incidents/" + std::to_string(id) + "/timeline";
    const std::string entry =
        nlohmann::json{{"entry_id", "run-17-step-3"},
                       {"time", "2026-03-01T12:00:00.250Z"},
                       {"author", "alice"},
                       {"kind", "runbook_step"},
                       {"text", "Restarted the cache"},
                       {"data", {{"runbook", "high-latency"}, {"step", 3}, {"ok", true}}}}
            .dump();

    const HttpResponse first = postJson(url(), *s_operator, timeline, entry);
    ASSERT_EQ(first.status, 201u) << first.body;
    EXPECT_EQ(first.header("Location"), "/api/v1/incidents/" + std::to_string(id));
    EXPECT_EQ(first.json()["time"], "2026-03-01T12:00:00.250Z");
    EXPECT_EQ(first.json()["data"]["step"], 3);

    const HttpResponse retry = postJson(url(), *s_operator, timeline, entry);
    EXPECT_EQ(retry.status, 200u);
    EXPECT_EQ(retry.json(), first.json());

    auto other = nlohmann::json::parse(entry);
    other["text"] = "Restarted the cache twice";
    const HttpResponse clash = postJson(url(), *s_operator, timeline, other.dump());
    EXPECT_EQ(clash.status, 409u);
    EXPECT_EQ(clash.json()["detail"],
              "incident " + std::to_string(id) +
                  " already has an entry run-17-step-3 with other content; use a new entry_id for "
                  "a new entry");

    // Journaled offline, so earlier than the incident's own opening: the timeline is in time order.
    const nlohmann::json incident =
        getWithToken(url(), *s_viewer, "/api/v1/incidents/" + std::to_string(id)).json();
    EXPECT_THAT(entryIds(incident), ElementsAre("run-17-step-3", "status-open"));
    EXPECT_EQ(incident["timeline"][0]["recorded_by"], s_operator->substr(4, 16));
}

TEST_F(ServerIncidentsTest, ARetryAfterALostResponseDoesNotDuplicateTheEntry) {
    const int id = createIncident()["id"];
    const std::string timeline = "/api/v1/incidents/" + std::to_string(id) + "/timeline";
    const std::string entry = R"({"entry_id": "run-18-step-1", "kind": "note", "text": "paged"})";
    {
        // The request goes out, the connection drops before the answer is read.
        HttpConnection connection(url());
        connection.sendRaw("POST " + timeline + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " +
                           *s_operator + "\r\nContent-Type: application/json\r\nContent-Length: " +
                           std::to_string(entry.size()) + "\r\n\r\n" + entry);
    }
    const HttpResponse retry = postJson(url(), *s_operator, timeline, entry);
    EXPECT_TRUE(retry.status == 200u || retry.status == 201u) << retry.body;
    // Once the server has answered both calls (each is audited), there is one entry.
    const auto answered = [&] {
        int calls = 0;
        const nlohmann::json entries =
            getWithToken(url(), *s_admin, "/api/v1/audit?action=incident.timeline.append")
                .json()["entries"];
        for (const auto& audited : entries) {
            calls += audited["target"] == timeline ? 1 : 0;
        }
        return calls;
    };
    ASSERT_TRUE(waitUntil([&] { return answered() == 2; }));
    const nlohmann::json incident =
        getWithToken(url(), *s_viewer, "/api/v1/incidents/" + std::to_string(id)).json();
    EXPECT_THAT(entryIds(incident), ElementsAre("status-open", "run-18-step-1"));
}

TEST_F(ServerIncidentsTest, ViewersReadButOnlyOperatorsChange) {
    const int id = createIncident()["id"];
    const std::string path = "/api/v1/incidents/" + std::to_string(id);
    EXPECT_EQ(getWithToken(url(), *s_viewer, path).status, 200u);
    EXPECT_EQ(patchJson(url(), *s_viewer, path, R"({"status": "resolved"})").status, 403u);
    EXPECT_EQ(postJson(url(), *s_viewer, path + "/timeline", R"({"entry_id": "x", "kind": "note"})")
                  .status,
              403u);
    EXPECT_EQ(
        postJson(url(), *s_viewer, "/api/v1/incidents", R"({"title": "x", "severity": "low"})")
            .status,
        403u);
}

}  // namespace
}  // namespace recops::testing
