// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Escalation and notifications over the real recopsd and a real HTTP receiver on loopback:
// the three body formats, retries after a 500, the delivery log, acknowledgment stopping the
// escalation, the dry run, and the references between contacts and policies.
#include "integration/support/child_process.h"
#include "integration/support/json_api.h"
#include "integration/support/recopsd_process.h"
#include "integration/support/webhook_receiver.h"
#include "server/support/wait_until.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using std::chrono::seconds;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr std::string_view kRoutingKey = "0123456789abcdef0123456789abcdef";

std::vector<std::string> arguments(std::vector<std::string> extra) {
    std::vector<std::string> all{"--set", "monitoring.evaluation_interval_ms=100", "--set",
                                 "notifications.initial_backoff_ms=50", "--set",
                                 "notifications.max_backoff_ms=200", "--set", "log.access=off",
                                 // A fresh data directory has no backup yet; only the alert each
                                 // test provokes should page.
                                 "--set", "alerts.disabled=BackupTooOld"};
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
}

nlohmann::json contact(const std::string& id, const std::string& url, const std::string& format) {
    nlohmann::json webhook{{"url", url}, {"format", format}};
    if (format == "pagerduty") {
        webhook["routing_key"] = kRoutingKey;
    }
    return {{"id", id}, {"name", "Contact " + id}, {"role", "on call"}, {"webhook", webhook}};
}

nlohmann::json level(std::vector<std::string> contacts, int delaySeconds) {
    return {{"contacts", contacts}, {"delay_s", delaySeconds}};
}

class ServerNotificationsTest : public ::testing::Test {
protected:
    ServerNotificationsTest()
        : m_operator(createToken(m_scratch / "data", "operator", "alice"))
        , m_admin(createToken(m_scratch / "data", "admin", "drills"))
        , m_viewer(createToken(m_scratch / "data", "viewer", "wallboard")) {}

    std::string alertId(const JsonApi& api, const std::string& rule) {
        std::string id;
        EXPECT_TRUE(waitUntil([&] {
            const nlohmann::json alerts = api.getJson("/api/v1/alerts?state=firing");
            for (const nlohmann::json& alert : alerts["alerts"]) {
                if (alert["rule"] == rule) {
                    id = alert["id"];
                }
            }
            return !id.empty();
        }));
        return id;
    }

    TemporaryDirectory m_scratch;
    std::string m_operator;
    std::string m_admin;
    std::string m_viewer;
    WebhookReceiver m_receiver;
};

TEST_F(ServerNotificationsTest, AFiringAlertReachesEachReceiverInItsFormatRetryingAfterA500) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data",
                            .arguments = arguments({"--set", "alerts.not_ready_for_s=0"})});
    const JsonApi api(recopsd.url(), m_operator);
    m_receiver.script("/slack", {500, 500});
    const std::string base = m_receiver.url();
    ASSERT_EQ(api.put("/api/v1/contacts",
                      {{"contacts",
                        {contact("slack", base + "/slack", "slack"),
                         contact("pagerduty", base + "/pagerduty", "pagerduty"),
                         contact("alertmanager", base + "/alertmanager", "alertmanager")}}})
                  .status,
              200u);
    ASSERT_EQ(api.put("/api/v1/escalation-policies",
                      {{"escalation_policies",
                        {{{"id", "everyone"},
                          {"levels", {level({"slack", "pagerduty", "alertmanager"}, 300)}}}}}})
                  .status,
              200u);
    const std::string id = alertId(api, "ServiceNotReady");

    const auto slack = m_receiver.waitForRequests("/slack", 3);
    ASSERT_EQ(slack.size(), 3u);
    EXPECT_EQ(slack[0].answeredStatus, 500u);
    EXPECT_EQ(slack[2].answeredStatus, 200u);
    EXPECT_EQ(slack[2].method, "POST");
    EXPECT_EQ(slack[2].contentType, "application/json");
    EXPECT_EQ(slack[2].userAgent, "recopsd/" + requiredEnvironment("RECOPS_VERSION"));
    const nlohmann::json slackBody = slack[2].json();
    EXPECT_EQ(slackBody["text"], "[FIRING] ServiceNotReady (critical): not ready: no model loaded");
    EXPECT_EQ(slackBody["attachments"][0]["color"], "#d00000");
    EXPECT_EQ(slackBody["attachments"][0]["title_link"], recopsd.url() + "/api/v1/alerts?id=" + id);

    const auto pagerDuty = m_receiver.waitForRequests("/pagerduty", 1);
    ASSERT_EQ(pagerDuty.size(), 1u);
    const nlohmann::json event = pagerDuty[0].json();
    EXPECT_EQ(event["routing_key"], kRoutingKey);
    EXPECT_EQ(event["event_action"], "trigger");
    EXPECT_EQ(event["dedup_key"], "recopsd-" + id);
    EXPECT_EQ(event["payload"]["severity"], "critical");
    EXPECT_EQ(event["payload"]["custom_details"]["alertname"], "ServiceNotReady");

    const auto alertmanager = m_receiver.waitForRequests("/alertmanager", 1);
    ASSERT_EQ(alertmanager.size(), 1u);
    const nlohmann::json envelope = alertmanager[0].json();
    EXPECT_EQ(envelope["version"], "4");
    EXPECT_EQ(envelope["status"], "firing");
    EXPECT_EQ(envelope["receiver"], "alertmanager");
    EXPECT_EQ(envelope["alerts"][0]["labels"]["alertname"], "ServiceNotReady");
    EXPECT_EQ(envelope["alerts"][0]["annotations"]["alert_id"], id);

    // The delivery log holds every attempt; a viewer sees only the receiver's origin.
    nlohmann::json log;
    ASSERT_TRUE(waitUntil([&] {
        log = api.getJson("/api/v1/notifications?contact=slack");
        return !log["notifications"].empty() && log["notifications"][0]["state"] == "delivered";
    }));
    const nlohmann::json& delivered = log["notifications"][0];
    EXPECT_EQ(delivered["alert_id"], id);
    EXPECT_EQ(delivered["format"], "slack");
    EXPECT_EQ(delivered["url"], base + "/slack");
    ASSERT_EQ(delivered["attempts"].size(), 3u);
    EXPECT_EQ(delivered["attempts"][0]["http_status"], 500);
    EXPECT_EQ(delivered["attempts"][0]["error"], "HTTP 500");
    EXPECT_EQ(delivered["attempts"][2]["http_status"], 200);
    const nlohmann::json seen = JsonApi(recopsd.url(), m_viewer).getJson("/api/v1/notifications");
    for (const nlohmann::json& entry : seen["notifications"]) {
        EXPECT_EQ(entry["url"].get<std::string>().find("/slack"), std::string::npos);
        EXPECT_TRUE(entry["url"].get<std::string>().starts_with(base));
    }
    const nlohmann::json alert = api.getJson("/api/v1/alerts/" + id);
    EXPECT_EQ(alert["escalation"]["policy_id"], "everyone");
    EXPECT_THAT(alert["escalation"]["contacts_paged"],
                ElementsAre("slack", "pagerduty", "alertmanager"));
}

TEST_F(ServerNotificationsTest, AnAcknowledgmentStopsTheEscalation) {
    RecopsdProcess recopsd(
        {.dataDirectory = m_scratch / "data",
         .arguments =
             arguments({"--set", "alerts.disabled=ServiceNotReady", "--set",
                        "alerts.latency_window_s=2", "--set", "alerts.latency_for_s=0", "--set",
                        "alerts.error_rate_window_s=120", "--set", "alerts.error_rate_for_s=0"})});
    const JsonApi api(recopsd.url(), m_operator);
    const JsonApi admin(recopsd.url(), m_admin);
    const std::string base = m_receiver.url();
    ASSERT_EQ(api.put("/api/v1/contacts",
                      {{"contacts",
                        {contact("first", base + "/first", "slack"),
                         contact("second", base + "/second", "slack"),
                         contact("control-first", base + "/control-first", "slack"),
                         contact("control-second", base + "/control-second", "slack")}}})
                  .status,
              200u);
    // The same two levels for two alerts; only the first alert will be acknowledged.
    ASSERT_EQ(
        api.put("/api/v1/escalation-policies",
                {{"escalation_policies",
                  {{{"id", "latency"},
                    {"matchers", {{{"name", "alertname"}, {"value", "HighLatencyP95"}}}},
                    {"levels", {level({"first"}, 2), level({"second"}, 0)}}},
                   {{"id", "errors"},
                    {"matchers",
                     {{{"name", "alertname"}, {"value", "HighErrorRate"}},
                      {{"name", "severity"}, {"value", "critical"}}}},
                    {"levels", {level({"control-first"}, 2), level({"control-second"}, 0)}}}}}})
            .status,
        200u);

    // HighLatencyP95 first, from a latency drill under traffic...
    ASSERT_EQ(admin
                  .post("/api/v1/admin/faults",
                        {{"kind", "latency"}, {"magnitude", 150}, {"duration_s", 120}})
                  .status,
              201u);
    const ApiTraffic traffic(api);
    const std::string latencyAlert = alertId(api, "HighLatencyP95");
    ASSERT_EQ(m_receiver.waitForRequests("/first", 1).size(), 1u);
    ASSERT_EQ(api.post("/api/v1/alerts/" + latencyAlert + "/ack", {{"comment", "mine"}}).status,
              200u);

    // ...then HighErrorRate, from an errors drill cleared again so that the API answers.
    ASSERT_EQ(admin
                  .post("/api/v1/admin/faults",
                        {{"kind", "errors"}, {"magnitude", 1}, {"duration_s", 120}})
                  .status,
              201u);
    for (int i = 0; i < 30; ++i) {
        httpRequest(recopsd.url(), "GET", "/api/v1/whoami", {bearer(m_viewer)});
    }
    ASSERT_EQ(admin.remove("/api/v1/admin/faults").status, 204u);

    // The unacknowledged alert escalates to its second level, 2 s after it fired, later than
    // the acknowledged one's second level was due: had the acknowledgment not stopped it,
    // "second" would have been paged by now.
    ASSERT_EQ(m_receiver.waitForRequests("/control-second", 1).size(), 1u);
    EXPECT_TRUE(m_receiver.requests("/second").empty());
    EXPECT_EQ(m_receiver.requests("/first").size(), 1u);
    const nlohmann::json acknowledged = api.getJson("/api/v1/alerts/" + latencyAlert);
    EXPECT_EQ(acknowledged["state"], "firing");
    EXPECT_EQ(acknowledged["escalation"]["steps_paged"], 1);
}

TEST_F(ServerNotificationsTest, TheDryRunSaysWhoWouldBePagedAtEachStepAndWhen) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data",
                            .arguments = arguments({"--set", "alerts.not_ready_for_s=0"})});
    const JsonApi api(recopsd.url(), m_operator);
    const std::string base = m_receiver.url();
    ASSERT_EQ(api.put("/api/v1/contacts",
                      {{"contacts",
                        {contact("alice", base + "/alice", "slack"),
                         {{"id", "bob"}, {"name", "Bob"}, {"phone", "+1 555 0100"}}}}})
                  .status,
              200u);
    ASSERT_EQ(api.put("/api/v1/escalation-policies",
                      {{"escalation_policies",
                        {{{"id", "primary"},
                          {"name", "Primary"},
                          {"levels", {level({"alice"}, 600), level({"bob"}, 300)}},
                          {"repeat", 1}},
                         {{"id", "database"},
                          {"matchers", {{{"name", "team"}, {"value", "db"}}}},
                          {"levels", {level({"bob"}, 60)}}}}}})
                  .status,
              200u);
    const std::string id = alertId(api, "ServiceNotReady");
    ASSERT_EQ(m_receiver.waitForRequests("/alice", 1).size(), 1u);

    const nlohmann::json plan =
        api.getJson("/api/v1/escalation-policies/primary/dry-run?alert=" + id);
    EXPECT_EQ(plan["policy_id"], "primary");
    EXPECT_EQ(plan["alert_id"], id);
    EXPECT_TRUE(plan["matches"]);
    EXPECT_EQ(plan["selected_policy_id"], "primary");
    EXPECT_EQ(plan["status"], "escalating");
    ASSERT_EQ(plan["steps"].size(), 4u);
    std::vector<std::string> states;
    std::vector<double> offsets;
    for (const nlohmann::json& step : plan["steps"]) {
        states.push_back(step["state"]);
        offsets.push_back(step["after_s"]);
    }
    EXPECT_THAT(states, ElementsAre("paged", "upcoming", "upcoming", "upcoming"));
    EXPECT_THAT(offsets, ElementsAre(0.0, 600.0, 900.0, 1500.0));
    EXPECT_EQ(plan["steps"][1]["contacts"][0]["name"], "Bob");
    EXPECT_EQ(plan["steps"][1]["contacts"][0]["phone"], "+1 555 0100");
    EXPECT_TRUE(plan["steps"][1]["contacts"][0]["channel"].is_null());
    EXPECT_EQ(plan["steps"][0]["contacts"][0]["channel"], "slack");
    EXPECT_EQ(plan["steps"][2]["cycle"], 2);

    const nlohmann::json other =
        api.getJson("/api/v1/escalation-policies/database/dry-run?alert=" + id);
    EXPECT_FALSE(other["matches"]);
    EXPECT_EQ(other["selected_policy_id"], "primary");

    ASSERT_EQ(api.post("/api/v1/alerts/" + id + "/ack", nlohmann::json::object()).status, 200u);
    const nlohmann::json stopped =
        api.getJson("/api/v1/escalation-policies/primary/dry-run?alert=" + id);
    EXPECT_EQ(stopped["status"], "acknowledged");
    EXPECT_EQ(stopped["steps"][1]["state"], "skipped");

    const HttpResponse unknownAlert =
        api.get("/api/v1/escalation-policies/primary/dry-run?alert=0123456789abcdef");
    EXPECT_EQ(unknownAlert.status, 404u);
    EXPECT_EQ(unknownAlert.json()["detail"], "no alert has id 0123456789abcdef");
    const HttpResponse unknownPolicy =
        api.get("/api/v1/escalation-policies/nope/dry-run?alert=" + id);
    EXPECT_EQ(unknownPolicy.status, 404u);
    EXPECT_EQ(unknownPolicy.json()["detail"], "no escalation policy has id nope");
}

TEST_F(ServerNotificationsTest, ContactsAndPoliciesKeepTheirReferencesAndTheirSecrets) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = arguments({})});
    const JsonApi api(recopsd.url(), m_operator);
    const std::string base = m_receiver.url();
    ASSERT_EQ(api.put("/api/v1/contacts",
                      {{"contacts",
                        {contact("alice", base + "/services/T0/B0/secret", "slack"),
                         contact("pd", "https://events.pagerduty.com/v2/enqueue", "pagerduty")}}})
                  .status,
              200u);
    const HttpResponse unknown = api.put(
        "/api/v1/escalation-policies",
        {{"escalation_policies", {{{"id", "p"}, {"levels", {level({"alice", "zoe"}, 0)}}}}}});
    EXPECT_EQ(unknown.status, 400u);
    EXPECT_EQ(unknown.json()["detail"],
              "escalation_policies[0].levels[0].contacts[1]: no contact has id \"zoe\"");
    ASSERT_EQ(api.put("/api/v1/escalation-policies",
                      {{"escalation_policies", {{{"id", "p"}, {"levels", {level({"alice"}, 0)}}}}}})
                  .status,
              200u);
    const HttpResponse inUse = api.put(
        "/api/v1/contacts", {{"contacts", {contact("pd", "https://x.example", "pagerduty")}}});
    EXPECT_EQ(inUse.status, 409u);
    EXPECT_EQ(inUse.json()["type"], "urn:recops:problem:conflict");
    EXPECT_EQ(inUse.json()["detail"],
              "contact \"alice\" is still paged by escalation policy \"p\" (level 1); change the "
              "policy first");

    // Routing keys are never shown; a viewer sees webhook URLs cut to their origin.
    const nlohmann::json asOperator = api.getJson("/api/v1/contacts");
    EXPECT_EQ(asOperator["contacts"][0]["webhook"]["url"], base + "/services/T0/B0/secret");
    EXPECT_FALSE(asOperator["contacts"][1]["webhook"].contains("routing_key"));
    EXPECT_TRUE(asOperator["contacts"][1]["webhook"]["routing_key_set"]);
    const nlohmann::json asViewer = JsonApi(recopsd.url(), m_viewer).getJson("/api/v1/contacts");
    EXPECT_EQ(asViewer["contacts"][0]["webhook"]["url"], base + "/…");
    // What was read can be written back: the routing key stays.
    nlohmann::json back = asOperator;
    for (nlohmann::json& entry : back["contacts"]) {
        entry["webhook"].erase("routing_key_set");
    }
    ASSERT_EQ(api.put("/api/v1/contacts", back).status, 200u);
    EXPECT_TRUE(api.getJson("/api/v1/contacts")["contacts"][1]["webhook"]["routing_key_set"]);
    const HttpResponse viewerWrite = JsonApi(recopsd.url(), m_viewer).put("/api/v1/contacts", back);
    EXPECT_EQ(viewerWrite.status, 403u);
}

}  // namespace
}  // namespace recops::testing
