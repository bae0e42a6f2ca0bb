// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Alerts over the real recopsd: acknowledgments (who, when, comment, once), silences that
// hide what they match and a preview that lists it, the persisted history, and alerts that
// survive a restart. ServiceNotReady is the alert at hand: no model is ever loaded here, so
// with its `for` at 0 it fires at the first evaluation.
#include "integration/support/child_process.h"
#include "integration/support/json_api.h"
#include "integration/support/recopsd_process.h"
#include "server/support/wait_until.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using std::chrono::seconds;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::vector<std::string> kArguments{"--set", "monitoring.evaluation_interval_ms=100",
                                          "--set", "alerts.not_ready_for_s=0",
                                          "--set", "log.access=off"};

class ServerAlertsTest : public ::testing::Test {
protected:
    ServerAlertsTest()
        : m_operator(createToken(m_scratch / "data", "operator", "alice"))
        , m_viewer(createToken(m_scratch / "data", "viewer", "grafana")) {}

    /// The id of the firing ServiceNotReady alert, once there is one.
    std::string waitForNotReady(const JsonApi& api) {
        std::string id;
        EXPECT_TRUE(waitUntil([&] {
            const nlohmann::json alerts =
                api.getJson("/api/v1/alerts?state=firing&silenced=include");
            for (const nlohmann::json& alert : alerts["alerts"]) {
                if (alert["rule"] == "ServiceNotReady") {
                    id = alert["id"];
                }
            }
            return !id.empty();
        }));
        return id;
    }

    static std::vector<std::string> idsOf(const nlohmann::json& alerts) {
        std::vector<std::string> ids;
        for (const nlohmann::json& alert : alerts["alerts"]) {
            ids.push_back(alert["id"]);
        }
        return ids;
    }

    TemporaryDirectory m_scratch;
    std::string m_operator;
    std::string m_viewer;
};

TEST_F(ServerAlertsTest, AnOperatorAcknowledgesAFiringAlertOnce) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = kArguments});
    const JsonApi api(recopsd.url(), m_operator);
    const std::string id = waitForNotReady(api);
    ASSERT_FALSE(id.empty());

    const nlohmann::json alert = api.getJson("/api/v1/alerts/" + id);
    EXPECT_EQ(alert["state"], "firing");
    EXPECT_EQ(alert["severity"], "critical");
    EXPECT_EQ(alert["summary"], "not ready: no model loaded");
    EXPECT_TRUE(alert["acknowledgment"].is_null());

    const HttpResponse viewer = JsonApi(recopsd.url(), m_viewer)
                                    .post("/api/v1/alerts/" + id + "/ack", {{"comment", "mine"}});
    EXPECT_EQ(viewer.status, 403u);

    const HttpResponse acknowledged =
        api.post("/api/v1/alerts/" + id + "/ack", {{"comment", "loading a model"}});
    ASSERT_EQ(acknowledged.status, 200u) << acknowledged.body;
    const nlohmann::json acknowledgment = acknowledged.json()["acknowledgment"];
    EXPECT_EQ(acknowledgment["by"], "alice");
    EXPECT_EQ(acknowledgment["comment"], "loading a model");
    EXPECT_FALSE(acknowledgment["at"].get<std::string>().empty());

    const HttpResponse again = api.post("/api/v1/alerts/" + id + "/ack", nlohmann::json::object());
    EXPECT_EQ(again.status, 409u);
    EXPECT_EQ(again.json()["type"], "urn:recops:problem:conflict");
    EXPECT_EQ(again.json()["detail"], "alert " + id + " was already acknowledged by alice at " +
                                          acknowledgment["at"].get<std::string>());

    const nlohmann::json history = api.getJson("/api/v1/alerts/history?alert=" + id);
    ASSERT_GE(history["events"].size(), 2u);
    EXPECT_EQ(history["events"][0]["kind"], "acknowledged");
    EXPECT_EQ(history["events"][0]["actor"], "alice");
    EXPECT_EQ(history["events"][0]["detail"], "loading a model");
    EXPECT_EQ(history["events"][1]["kind"], "firing");
    EXPECT_EQ(history["events"][1]["actor"], "recopsd");

    // An empty body acknowledges too, with no comment; an unknown id is a 404.
    const HttpResponse unknown =
        api.post("/api/v1/alerts/0123456789abcdef/ack", nlohmann::json::object());
    EXPECT_EQ(unknown.status, 404u);
    EXPECT_EQ(unknown.json()["detail"], "no alert has id 0123456789abcdef");
}

TEST_F(ServerAlertsTest, ASilenceHidesTheAlertsItMatchesAndThePreviewListsThem) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = kArguments});
    const JsonApi api(recopsd.url(), m_operator);
    const std::string id = waitForNotReady(api);
    ASSERT_FALSE(id.empty());
    const nlohmann::json silence{{"matchers",
                                  {{{"name", "alertname"}, {"op", "=~"}, {"value", "Service.*"}},
                                   {{"name", "severity"}, {"op", "!="}, {"value", "info"}}}},
                                 {"duration_s", 600},
                                 {"comment", "no model until the first training run"}};

    const HttpResponse preview = api.post("/api/v1/silences/preview", silence);
    ASSERT_EQ(preview.status, 200u) << preview.body;
    EXPECT_THAT(idsOf(preview.json()), ElementsAre(id));
    const HttpResponse nothing =
        api.post("/api/v1/silences/preview",
                 {{"matchers", {{{"name", "alertname"}, {"value", "HighLatencyP95"}}}}});
    EXPECT_TRUE(nothing.json()["alerts"].empty());
    EXPECT_EQ(nothing.json()["matchers"][0]["op"], "=");

    const HttpResponse created = api.post("/api/v1/silences", silence);
    ASSERT_EQ(created.status, 201u) << created.body;
    const std::string silenceId = created.json()["id"];
    EXPECT_EQ(created.header("Location"), "/api/v1/silences/" + silenceId);
    EXPECT_EQ(created.json()["created_by"], "alice");
    EXPECT_EQ(created.json()["state"], "active");

    EXPECT_THAT(idsOf(api.getJson("/api/v1/alerts")), ::testing::Not(::testing::Contains(id)));
    const nlohmann::json silenced = api.getJson("/api/v1/alerts?silenced=only");
    ASSERT_THAT(idsOf(silenced), ElementsAre(id));
    EXPECT_THAT(silenced["alerts"][0]["silenced_by"], ElementsAre(silenceId));
    EXPECT_EQ(api.getJson("/api/v1/silences?state=active")["silences"].size(), 1u);

    // Expiring it (DELETE) ends it now and keeps it listed; the alert shows again.
    EXPECT_EQ(api.remove("/api/v1/silences/" + silenceId).status, 204u);
    EXPECT_EQ(api.getJson("/api/v1/silences/" + silenceId)["state"], "expired");
    EXPECT_THAT(idsOf(api.getJson("/api/v1/alerts")), ::testing::Contains(id));
    EXPECT_EQ(api.remove("/api/v1/silences/" + silenceId).status, 204u);
    EXPECT_EQ(api.remove("/api/v1/silences/0123456789abcdef").status, 404u);
}

TEST_F(ServerAlertsTest, AlertsAndSilencesSurviveARestart) {
    std::string id;
    std::string silenceId;
    {
        RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = kArguments});
        const JsonApi api(recopsd.url(), m_operator);
        id = waitForNotReady(api);
        ASSERT_EQ(api.post("/api/v1/alerts/" + id + "/ack", {{"comment", "before"}}).status, 200u);
        const HttpResponse created =
            api.post("/api/v1/silences", {{"matchers", {{{"name", "team"}, {"value", "db"}}}},
                                          {"duration_s", 3600},
                                          {"comment", "migration"}});
        silenceId = created.json()["id"];
        EXPECT_EQ(recopsd.stop(), 0);
    }
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = kArguments});
    const JsonApi api(recopsd.url(), m_operator);
    // Still firing after the restart: the same alert, still acknowledged, not a new one.
    EXPECT_EQ(waitForNotReady(api), id);
    EXPECT_EQ(api.getJson("/api/v1/alerts/" + id)["acknowledgment"]["comment"], "before");
    EXPECT_EQ(api.getJson("/api/v1/silences/" + silenceId)["comment"], "migration");
}

TEST_F(ServerAlertsTest, TheRulesAreListedWithTheirSettings) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data",
                            .arguments = {"--set", "alerts.latency_for_s=7", "--set",
                                          "alerts.disabled=BackupTooOld"}});
    const nlohmann::json rules = JsonApi(recopsd.url(), m_viewer).getJson("/api/v1/alerts/rules");
    std::vector<std::string> names;
    for (const nlohmann::json& rule : rules["rules"]) {
        names.push_back(rule["name"]);
        if (rule["name"] == "HighLatencyP95") {
            EXPECT_EQ(rule["for_s"], 7.0);
            EXPECT_EQ(rule["severity"], "warning");
        }
    }
    EXPECT_THAT(names, ::testing::Contains("ErrorBudgetFastBurn"));
    EXPECT_THAT(names, ::testing::Not(::testing::Contains("BackupTooOld")));
    EXPECT_EQ(names.size(), 13u);
}

}  // namespace
}  // namespace recops::testing
