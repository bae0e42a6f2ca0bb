// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The three notification bodies, member by member, as their receivers document them.
#include "alerting/notification_payloads.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::alerting {
namespace {

using std::chrono::seconds;

const TimePoint kNoon{seconds(1'772'366'400)};

Alert firingAlert() {
    Alert alert;
    alert.id = "0a1b2c3d4e5f6071";
    alert.rule = "HighLatencyP95";
    alert.labels = {{"alertname", "HighLatencyP95"}, {"severity", "warning"}};
    alert.severity = monitoring::Severity::Warning;
    alert.state = AlertState::Firing;
    alert.value = 0.31;
    alert.summary = "P95 latency is 310 ms over the last 5m (threshold 100 ms)";
    alert.activeSince = kNoon - seconds(120);
    alert.firingSince = kNoon;
    return alert;
}

const PayloadContext kContext{"http://recops.example:8470", "alice", kNoon + seconds(5), {}};

nlohmann::json build(const Alert& alert, NotificationEvent event, NotificationFormat format,
                     std::string routingKey = {}) {
    return nlohmann::json::parse(
        buildPayload(alert, event, Webhook{"http://x", format, std::move(routingKey)}, kContext));
}

TEST(NotificationPayloadsTest, SlackGetsTextAndAnAttachmentColouredBySeverity) {
    const auto body = build(firingAlert(), NotificationEvent::Firing, NotificationFormat::Slack);
    EXPECT_EQ(body["text"],
              "[FIRING] HighLatencyP95 (warning): P95 latency is 310 ms over the "
              "last 5m (threshold 100 ms)");
    const auto& attachment = body["attachments"].at(0);
    EXPECT_EQ(attachment["color"], "#e8a317");
    EXPECT_EQ(attachment["title"], "HighLatencyP95");
    EXPECT_EQ(attachment["title_link"],
              "http://recops.example:8470/api/v1/alerts?id=0a1b2c3d4e5f6071");
    EXPECT_EQ(attachment["fields"].size(), 2u);
    EXPECT_EQ(
        attachment["fields"][0],
        (nlohmann::json{{"title", "alertname"}, {"value", "HighLatencyP95"}, {"short", true}}));
    EXPECT_EQ(attachment["ts"], 1'772'366'405);

    const auto resolved =
        build(firingAlert(), NotificationEvent::Resolved, NotificationFormat::Slack);
    EXPECT_TRUE(resolved["text"].get<std::string>().starts_with("[RESOLVED] HighLatencyP95"));
    EXPECT_EQ(resolved["attachments"][0]["color"], "#2eb886");
}

TEST(NotificationPayloadsTest, PagerDutyTriggersAndResolvesByDedupKey) {
    const auto trigger = build(firingAlert(), NotificationEvent::Firing,
                               NotificationFormat::PagerDuty, "R0UT1NGK3Y");
    EXPECT_EQ(trigger["routing_key"], "R0UT1NGK3Y");
    EXPECT_EQ(trigger["event_action"], "trigger");
    EXPECT_EQ(trigger["dedup_key"], "recopsd-0a1b2c3d4e5f6071");
    EXPECT_EQ(trigger["payload"]["severity"], "warning");
    EXPECT_EQ(trigger["payload"]["source"], "recopsd");
    EXPECT_EQ(trigger["payload"]["timestamp"], "2026-03-01T12:00:00.000Z");
    EXPECT_EQ(trigger["payload"]["custom_details"]["alert_id"], "0a1b2c3d4e5f6071");
    EXPECT_DOUBLE_EQ(trigger["payload"]["custom_details"]["value"].get<double>(), 0.31);

    const auto resolve = build(firingAlert(), NotificationEvent::Resolved,
                               NotificationFormat::PagerDuty, "R0UT1NGK3Y");
    EXPECT_EQ(resolve["event_action"], "resolve");
    EXPECT_EQ(resolve["dedup_key"], trigger["dedup_key"]);
    EXPECT_FALSE(resolve.contains("payload"));
}

TEST(NotificationPayloadsTest, AlertmanagerGetsItsWebhookEnvelope) {
    const auto body =
        build(firingAlert(), NotificationEvent::Firing, NotificationFormat::Alertmanager);
    EXPECT_EQ(body["version"], "4");
    EXPECT_EQ(body["status"], "firing");
    EXPECT_EQ(body["receiver"], "alice");
    EXPECT_EQ(body["groupLabels"], (nlohmann::json{{"alertname", "HighLatencyP95"}}));
    EXPECT_EQ(body["commonLabels"]["severity"], "warning");
    EXPECT_EQ(body["externalURL"], "http://recops.example:8470");
    EXPECT_EQ(body["truncatedAlerts"], 0);
    const auto& alert = body["alerts"].at(0);
    EXPECT_EQ(alert["status"], "firing");
    EXPECT_EQ(alert["startsAt"], "2026-03-01T12:00:00.000Z");
    EXPECT_EQ(alert["endsAt"], "0001-01-01T00:00:00Z");
    EXPECT_EQ(alert["annotations"]["summary"],
              "P95 latency is 310 ms over the last 5m (threshold 100 ms)");
    EXPECT_EQ(alert["fingerprint"].get<std::string>().size(), 16u);

    Alert resolved = firingAlert();
    resolved.state = AlertState::Resolved;
    resolved.resolvedAt = kNoon + seconds(300);
    const auto done =
        build(resolved, NotificationEvent::Resolved, NotificationFormat::Alertmanager);
    EXPECT_EQ(done["status"], "resolved");
    EXPECT_EQ(done["alerts"][0]["endsAt"], "2026-03-01T12:05:00.000Z");
    // The same labels give the same fingerprint, firing or resolved.
    EXPECT_EQ(done["alerts"][0]["fingerprint"], alert["fingerprint"]);
}

}  // namespace
}  // namespace recops::alerting
