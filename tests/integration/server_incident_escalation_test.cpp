// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// POST /api/v1/incidents/{id}/escalate over the real recopsd and a real HTTP receiver on
// loopback: each escalation pages the next level's contacts in their formats, the timeline
// and the delivery log record it, the policy comes from the request, the incident's alerts or
// the incident's labels, and what cannot be escalated is refused with a precise problem.
#include "integration/support/child_process.h"
#include "integration/support/json_api.h"
#include "integration/support/operations_api.h"
#include "integration/support/recopsd_process.h"
#include "integration/support/webhook_receiver.h"
#include "server/support/wait_until.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view kRoutingKey = "0123456789abcdef0123456789abcdef";

std::vector<std::string> arguments(std::vector<std::string> extra = {}) {
    std::vector<std::string> all{"--set", "monitoring.evaluation_interval_ms=100",
                                 "--set", "notifications.initial_backoff_ms=50",
                                 "--set", "notifications.max_backoff_ms=200",
                                 "--set", "log.access=off",
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

nlohmann::json level(std::vector<std::string> contacts) {
    return {{"contacts", contacts}, {"delay_s", 300}};
}

/// Only incidents escalated by hand match it: the alerts the test server raises page nobody.
nlohmann::json incidentPolicy(const std::string& id, nlohmann::json levels) {
    return {{"id", id},
            {"matchers", {{{"name", "alertname"}, {"value", "IncidentEscalation"}}}},
            {"levels", std::move(levels)}};
}

class ServerIncidentEscalationTest : public ::testing::Test {
protected:
    ServerIncidentEscalationTest()
        : m_operator(createToken(m_scratch / "data", "operator", "alice"))
        , m_admin(createToken(m_scratch / "data", "admin", "root"))
        , m_viewer(createToken(m_scratch / "data", "viewer", "wallboard")) {}

    /// A new incident's id.
    static std::int64_t openIncident(const JsonApi& api, std::vector<std::string> alertIds = {}) {
        const nlohmann::json body{
            {"title", "Recommendations down"}, {"severity", "critical"}, {"alert_ids", alertIds}};
        const HttpResponse created = api.post("/api/v1/incidents", body);
        EXPECT_EQ(created.status, 201u) << created.body;
        return created.json()["id"].get<std::int64_t>();
    }

    static std::string escalatePath(std::int64_t id) {
        return "/api/v1/incidents/" + std::to_string(id) + "/escalate";
    }

    void configure(const JsonApi& api, nlohmann::json contacts, nlohmann::json policies) {
        ASSERT_EQ(api.put("/api/v1/contacts", {{"contacts", std::move(contacts)}}).status, 200u);
        const HttpResponse put =
            api.put("/api/v1/escalation-policies", {{"escalation_policies", std::move(policies)}});
        ASSERT_EQ(put.status, 200u) << put.body;
    }

    TemporaryDirectory m_scratch;
    std::string m_operator;
    std::string m_admin;
    std::string m_viewer;
    WebhookReceiver m_receiver;
};

TEST_F(ServerIncidentEscalationTest, EachEscalationPagesTheNextLevelAndTheTimelineRecordsIt) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = arguments()});
    const JsonApi api(recopsd.url(), m_operator);
    const std::string base = m_receiver.url();
    m_receiver.script("/secondary", {500});
    configure(api,
              {contact("primary", base + "/primary", "slack"),
               contact("secondary", base + "/secondary", "alertmanager"),
               {{"id", "pager-less"}, {"name", "Without a webhook"}},
               contact("manager", base + "/manager", "pagerduty")},
              {incidentPolicy("incidents", {level({"primary"}), level({"secondary", "pager-less"}),
                                            level({"manager"})})});
    const std::int64_t id = openIncident(api);
    const std::string incident = "/api/v1/incidents/" + std::to_string(id);

    HttpResponse answer = api.post(escalatePath(id), {{"reason", "the cache is still down"}});
    ASSERT_EQ(answer.status, 200u) << answer.body;
    nlohmann::json body = answer.json();
    EXPECT_EQ(body["incident_id"], id);
    EXPECT_EQ(body["policy"], "incidents");
    EXPECT_EQ(body["level"], 1);
    EXPECT_EQ(body["levels"], 3);
    EXPECT_EQ(body["last_level"], false);
    EXPECT_EQ(body["notified"], nlohmann::json({"primary"}));
    EXPECT_THAT(body["unreachable"], IsEmpty());
    EXPECT_EQ(body["timeline_entry"]["entry_id"], "escalation-1");
    const auto slack = m_receiver.waitForRequests("/primary", 1);
    ASSERT_EQ(slack.size(), 1u);
    const nlohmann::json slackBody = slack[0].json();
    EXPECT_EQ(slackBody["text"], "[FIRING] IncidentEscalation (critical): incident " +
                                     std::to_string(id) +
                                     " \"Recommendations down\" escalated to level 1 of "
                                     "incidents: the cache is still down");
    EXPECT_EQ(slackBody["attachments"][0]["title_link"], recopsd.url() + incident);

    answer = api.post(escalatePath(id), {{"reason", "primary does not answer"}});
    ASSERT_EQ(answer.status, 200u) << answer.body;
    body = answer.json();
    EXPECT_EQ(body["level"], 2);
    EXPECT_EQ(body["notified"], nlohmann::json({"secondary"}));
    EXPECT_EQ(body["unreachable"], nlohmann::json({"pager-less"}));
    // The alert notifications' retries: a 500 first, then the same body again.
    const auto alertmanager = m_receiver.waitForRequests("/secondary", 2);
    ASSERT_EQ(alertmanager.size(), 2u);
    EXPECT_EQ(alertmanager[0].answeredStatus, 500u);
    EXPECT_EQ(alertmanager[1].body, alertmanager[0].body);
    const nlohmann::json envelope = alertmanager[1].json();
    EXPECT_EQ(envelope["receiver"], "secondary");
    EXPECT_EQ(envelope["alerts"][0]["labels"]["alertname"], "IncidentEscalation");
    EXPECT_EQ(envelope["alerts"][0]["labels"]["incident_id"], std::to_string(id));

    answer = api.post(escalatePath(id), {{"reason", "nobody has a fix"}});
    ASSERT_EQ(answer.status, 200u) << answer.body;
    EXPECT_EQ(answer.json()["level"], 3);
    EXPECT_EQ(answer.json()["last_level"], true);
    const auto pagerDuty = m_receiver.waitForRequests("/manager", 1);
    ASSERT_EQ(pagerDuty.size(), 1u);
    EXPECT_EQ(pagerDuty[0].json()["event_action"], "trigger");
    EXPECT_EQ(pagerDuty[0].json()["dedup_key"], "recopsd-incident-" + std::to_string(id));
    EXPECT_EQ(pagerDuty[0].json()["routing_key"], kRoutingKey);

    const HttpResponse last = api.post(escalatePath(id), {{"reason", "again"}});
    EXPECT_EQ(last.status, 409u);
    EXPECT_EQ(last.json()["detail"], "incident " + std::to_string(id) +
                                         " is at level 3 of 3, the last of policy incidents; "
                                         "there is no higher level to page");
    // Each level was paged once: no level before was paged again.
    EXPECT_EQ(m_receiver.requests("/primary").size(), 1u);

    const nlohmann::json stored = api.getJson(incident);
    std::vector<nlohmann::json> escalations;
    for (const nlohmann::json& entry : stored["timeline"]) {
        if (entry["kind"] == "escalation") {
            escalations.push_back(entry);
        }
    }
    ASSERT_EQ(escalations.size(), 3u);
    EXPECT_EQ(escalations[1]["entry_id"], "escalation-2");
    EXPECT_EQ(escalations[1]["author"], "alice");
    EXPECT_EQ(escalations[1]["text"],
              "escalated to level 2 of 3 (policy incidents): paged secondary (no webhook: "
              "pager-less). Reason: primary does not answer");
    EXPECT_EQ(escalations[1]["data"]["level"], 2);
    EXPECT_EQ(escalations[1]["data"]["reason"], "primary does not answer");
    EXPECT_EQ(escalations[1]["data"]["notified"], nlohmann::json({"secondary"}));

    // The delivery log holds them under the incident, delivered after the retry.
    nlohmann::json log;
    ASSERT_TRUE(waitUntil([&] {
        log = api.getJson("/api/v1/notifications?alert=incident-" + std::to_string(id));
        if (log["notifications"].size() != 3) {
            return false;
        }
        for (const nlohmann::json& notification : log["notifications"]) {
            if (notification["state"] != "delivered") {
                return false;
            }
        }
        return true;
    }));

    // Audited like every change.
    const nlohmann::json audit =
        JsonApi(recopsd.url(), m_admin).getJson("/api/v1/audit?action=incident.escalate");
    ASSERT_EQ(audit["entries"].size(), 4u);
    EXPECT_EQ(audit["entries"][0]["target"], incident + "/escalate");
}

TEST_F(ServerIncidentEscalationTest, AnIncidentGoesOnFromTheLevelItsAlertReached) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data",
                            .arguments = arguments({"--set", "alerts.not_ready_for_s=0"})});
    const JsonApi api(recopsd.url(), m_operator);
    const std::string base = m_receiver.url();
    configure(
        api,
        {contact("first", base + "/first", "slack"), contact("second", base + "/second", "slack")},
        {{{"id", "everything"}, {"levels", {level({"first"}), level({"second"})}}}});
    // The alert the fresh server raises (no model) pages level 1 of the policy.
    std::string alertId;
    nlohmann::json alerts;
    ASSERT_TRUE(waitUntil([&] {
        alerts = api.getJson("/api/v1/alerts?state=firing");
        for (const nlohmann::json& alert : alerts["alerts"]) {
            if (alert.value("rule", "") == "ServiceNotReady" &&
                alert["escalation"].value("steps_paged", 0) == 1) {
                alertId = alert.value("id", "");
            }
        }
        return !alertId.empty();
    })) << alerts.dump();
    ASSERT_EQ(m_receiver.waitForRequests("/first", 1).size(), 1u);
    const std::int64_t id = openIncident(api, {alertId});

    // No policy named: the one paging for the alert, one level above where the alert is.
    const HttpResponse answer = api.post(escalatePath(id), {{"reason", "level 1 is asleep"}});
    ASSERT_EQ(answer.status, 200u) << answer.body;
    EXPECT_EQ(answer.json()["policy"], "everything");
    EXPECT_EQ(answer.json()["level"], 2);
    EXPECT_EQ(answer.json()["notified"], nlohmann::json({"second"}));
    const auto second = m_receiver.waitForRequests("/second", 1);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_THAT(second[0].json()["text"].get<std::string>(),
                ::testing::HasSubstr("escalated to level 2 of everything: level 1 is asleep"));
}

TEST_F(ServerIncidentEscalationTest, RefusesWhatCannotBeEscalated) {
    RecopsdProcess recopsd({.dataDirectory = m_scratch / "data", .arguments = arguments()});
    const JsonApi api(recopsd.url(), m_operator);
    const std::int64_t id = openIncident(api);
    const std::string name = "incident " + std::to_string(id);

    // No policy takes it yet.
    HttpResponse answer = api.post(escalatePath(id), {{"reason", "help"}});
    EXPECT_EQ(answer.status, 409u);
    EXPECT_EQ(answer.json()["type"], "urn:recops:problem:conflict");
    EXPECT_EQ(answer.json()["detail"],
              "no escalation policy takes " + name +
                  ": name one with \"policy\", or add a policy without matchers (or one matching "
                  "alertname=\"IncidentEscalation\") with PUT /api/v1/escalation-policies");

    const std::string base = m_receiver.url();
    configure(api,
              {contact("sre", base + "/sre", "slack"), contact("boss", base + "/boss", "slack")},
              {incidentPolicy("sre", {level({"sre"})}),
               {{"id", "managers"},
                {"matchers", {{{"name", "team"}, {"value", "management"}}}},
                {"levels", {level({"boss"})}}}});
    answer = api.post(escalatePath(id), {{"reason", "help"}, {"policy", "nope"}});
    EXPECT_EQ(answer.status, 400u);
    EXPECT_EQ(answer.json()["detail"],
              "policy: no escalation policy has id nope (GET /api/v1/escalation-policies lists "
              "them)");

    // The matching policy's only level, then the last level.
    answer = api.post(escalatePath(id), {{"reason", "help"}});
    ASSERT_EQ(answer.status, 200u) << answer.body;
    EXPECT_EQ(answer.json()["policy"], "sre");
    EXPECT_EQ(api.post(escalatePath(id), {{"reason", "help"}}).status, 409u);
    // Another policy named starts at its own first level.
    answer = api.post(escalatePath(id), {{"reason", "to the managers"}, {"policy", "managers"}});
    ASSERT_EQ(answer.status, 200u) << answer.body;
    EXPECT_EQ(answer.json()["policy"], "managers");
    EXPECT_EQ(answer.json()["level"], 1);
    EXPECT_EQ(answer.json()["timeline_entry"]["entry_id"], "escalation-2");
    EXPECT_EQ(m_receiver.waitForRequests("/boss", 1).size(), 1u);

    EXPECT_EQ(JsonApi(recopsd.url(), m_viewer).post(escalatePath(id), {{"reason", "help"}}).status,
              403u);

    const std::int64_t resolved = openIncident(api);
    ASSERT_EQ(patchJson(recopsd.url(), m_operator, "/api/v1/incidents/" + std::to_string(resolved),
                        R"({"status": "resolved"})")
                  .status,
              200u);
    answer = api.post(escalatePath(resolved), {{"reason", "help"}});
    EXPECT_EQ(answer.status, 409u);
    EXPECT_EQ(answer.json()["detail"], "incident " + std::to_string(resolved) +
                                           " is resolved; a resolved incident pages nobody");
    EXPECT_EQ(m_receiver.requests("/sre").size(), 1u);
}

}  // namespace
}  // namespace recops::testing
