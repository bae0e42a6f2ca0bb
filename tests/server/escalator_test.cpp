// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Escalation level by level until someone acknowledges, over the real books and dispatcher
// (a scripted sender stands in for the receivers): what is paged when, what stops it, and who
// is told of a resolution.
#include "alerting/escalator.h"

#include "alerting/alert_book.h"
#include "alerting/notification_dispatcher.h"
#include "alerting/on_call_directory.h"
#include "alerting/silence_book.h"
#include "server/support/scripted_webhook_sender.h"
#include "service_fixture.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::alerting {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;
using ::testing::ElementsAre;

const TimePoint kNoon{seconds(1'772'366'400)};

class EscalatorTest : public service::ServiceFixture {
protected:
    EscalatorTest() {
        m_dispatcher.start();
        EXPECT_FALSE(m_onCall.replaceContacts(
            {{"alice", "Alice", "primary", "", "",
              Webhook{"http://alice", NotificationFormat::Slack, ""}},
             {"bob", "Bob", "secondary", "", "",
              Webhook{"http://bob", NotificationFormat::Alertmanager, ""}},
             {"carol", "Carol", "manager", "carol@example.com", "", std::nullopt}}));
        EXPECT_FALSE(
            m_onCall.replacePolicies({{"primary",
                                       "Primary",
                                       {},
                                       {{minutes(5), {"alice"}}, {minutes(5), {"bob", "carol"}}},
                                       0}}));
    }

    /// A firing alert of rule @p rule, firing since @p since.
    std::string fire(const std::string& rule, TimePoint since) {
        monitoring::Labels labels{{"alertname", rule}, {"severity", "critical"}};
        monitoring::ActiveAlert alert{rule,
                                      labels,
                                      monitoring::labelFingerprint(labels),
                                      monitoring::Severity::Critical,
                                      monitoring::AlertPhase::Firing,
                                      since,
                                      since,
                                      1.0,
                                      rule + " is on fire"};
        monitoring::EvaluationResult result;
        result.transitions.push_back({monitoring::TransitionKind::Firing, alert});
        result.active.push_back(alert);
        m_alerts.apply(result, since);
        for (const Alert& active : m_alerts.active()) {
            if (active.rule == rule) {
                return active.id;
            }
        }
        return {};
    }

    std::vector<std::string> urls() {
        std::vector<std::string> urls;
        for (const auto& post : m_sender.posts()) {
            urls.push_back(post.url);
        }
        return urls;
    }

    AlertBook m_alerts{m_storage.alerts()};
    SilenceBook m_silences{m_storage.silences()};
    OnCallDirectory m_onCall{m_storage.onCall()};
    testing::ScriptedWebhookSender m_sender;
    NotificationDispatcher m_dispatcher{
        m_storage.notifications(), m_sender,
        RetryPolicy{1, std::chrono::milliseconds(10), std::chrono::milliseconds(10),
                    std::chrono::milliseconds(1000)},
        1, m_logger};
    Escalator m_escalator{m_alerts, m_silences, m_onCall, m_dispatcher, m_logger};
};

TEST_F(EscalatorTest, PagesLevelByLevelAsTheDelaysPass) {
    const std::string id = fire("HighErrorRate", kNoon);
    m_escalator.run(kNoon, {});
    m_sender.waitForPosts(1);
    EXPECT_THAT(urls(), ElementsAre("http://alice"));
    EXPECT_EQ(m_alerts.find(id)->escalationStep, 1u);

    m_escalator.run(kNoon + minutes(4), {});
    m_escalator.run(kNoon + minutes(5), {});
    m_sender.waitForPosts(2);
    // Carol has no webhook: the step records her as unreachable, nothing is posted for her.
    EXPECT_THAT(urls(), ElementsAre("http://alice", "http://bob"));
    const Alert alert = *m_alerts.find(id);
    EXPECT_EQ(alert.escalationStep, 2u);
    EXPECT_THAT(alert.notifiedContacts, ElementsAre("alice", "bob", "carol"));
    EXPECT_EQ(m_alerts.history({})[0].event.detail,
              "policy primary, level 2, cycle 1: paged bob (no webhook: carol)");

    // The last level was paged and there is no repeat: nothing more, ever.
    m_escalator.run(kNoon + minutes(60), {});
    EXPECT_EQ(m_storage.notifications().list({}).size(), 2u);
}

TEST_F(EscalatorTest, PagesASubjectOfItsOwnWithItsLinkAndSaysWhoItCouldNotReach) {
    m_escalator.setExternalUrl("http://recops.example:8470");
    Alert subject;
    subject.id = "incident-7";
    subject.rule = "IncidentEscalation";
    subject.severity = monitoring::Severity::Critical;
    subject.state = AlertState::Firing;
    subject.summary = "incident 7 escalated";
    subject.activeSince = kNoon;
    subject.firingSince = kNoon;
    EXPECT_THAT(m_escalator.reach({"bob", "carol", "nobody"}).unreachable,
                ElementsAre("carol", "nobody"));
    EXPECT_TRUE(m_storage.notifications().list({}).empty());  // reach() sends nothing

    const PageOutcome outcome =
        m_escalator.page(subject, {"alice", "carol"}, 1, kNoon, "/api/v1/incidents/7");
    EXPECT_THAT(outcome.paged, ElementsAre("alice"));
    EXPECT_THAT(outcome.unreachable, ElementsAre("carol"));
    EXPECT_EQ(describePage(outcome), "paged alice (no webhook: carol)");
    m_sender.waitForPosts(1);
    const nlohmann::json body = nlohmann::json::parse(m_sender.posts()[0].body);
    EXPECT_EQ(body["attachments"][0]["title_link"],
              "http://recops.example:8470/api/v1/incidents/7");
    const auto logged = m_storage.notifications().list({});
    ASSERT_EQ(logged.size(), 1u);
    EXPECT_EQ(logged[0].alertId, "incident-7");
    EXPECT_EQ(logged[0].escalationStep, 1);
    EXPECT_EQ(describePage({}), "paged nobody");
}

TEST_F(EscalatorTest, AnAcknowledgmentStopsTheEscalation) {
    const std::string id = fire("HighErrorRate", kNoon);
    m_escalator.run(kNoon, {});
    m_sender.waitForPosts(1);
    ASSERT_TRUE(std::holds_alternative<Alert>(
        m_alerts.acknowledge(id, "alice", "on it", kNoon + minutes(2))));
    m_escalator.run(kNoon + minutes(5), {});
    m_escalator.run(kNoon + minutes(30), {});
    EXPECT_EQ(m_storage.notifications().list({}).size(), 1u);
    EXPECT_THAT(urls(), ElementsAre("http://alice"));
}

TEST_F(EscalatorTest, NothingIsPagedWhileASilenceMatches) {
    fire("HighErrorRate", kNoon);
    m_silences.create({std::get<LabelMatcher>(LabelMatcher::create(
                          "alertname", MatchOperator::Equal, "HighErrorRate"))},
                      kNoon, kNoon + minutes(20), "alice", "known", kNoon);
    m_escalator.run(kNoon, {});
    m_escalator.run(kNoon + minutes(6), {});
    EXPECT_TRUE(m_storage.notifications().list({}).empty());
    // When the silence ends, the step due now is paged, not every step missed.
    m_escalator.run(kNoon + minutes(21), {});
    m_sender.waitForPosts(1);
    EXPECT_THAT(urls(), ElementsAre("http://bob"));
}

TEST_F(EscalatorTest, ThoseWhoWerePagedAreToldOfTheResolution) {
    const std::string id = fire("HighErrorRate", kNoon);
    m_escalator.run(kNoon, {});
    m_sender.waitForPosts(1);
    monitoring::EvaluationResult resolved;
    monitoring::Labels labels{{"alertname", "HighErrorRate"}, {"severity", "critical"}};
    resolved.transitions.push_back(
        {monitoring::TransitionKind::Resolved,
         {"HighErrorRate", labels, monitoring::labelFingerprint(labels),
          monitoring::Severity::Critical, monitoring::AlertPhase::Firing, kNoon, kNoon, 0.0, ""}});
    const std::vector<Alert> done = m_alerts.apply(resolved, kNoon + minutes(3));
    m_escalator.run(kNoon + minutes(3), done);
    const auto posts = m_sender.waitForPosts(2);
    ASSERT_EQ(posts.size(), 2u);
    EXPECT_EQ(posts[1].url, "http://alice");
    EXPECT_EQ(nlohmann::json::parse(posts[1].body)["attachments"][0]["color"], "#2eb886");
    store::NotificationQuery query;
    query.state = std::nullopt;
    const auto log = m_storage.notifications().list(query);
    const auto resolvedEntry = std::find_if(
        log.begin(), log.end(), [](const auto& record) { return record.event == "resolved"; });
    ASSERT_NE(resolvedEntry, log.end());
    EXPECT_EQ(resolvedEntry->alertId, id);
    EXPECT_EQ(resolvedEntry->contactId, "alice");
}

TEST_F(EscalatorTest, AnAlertNoPolicyMatchesIsNotPaged) {
    EXPECT_FALSE(m_onCall.replacePolicies(
        {{"db",
          "Database",
          {std::get<LabelMatcher>(LabelMatcher::create("team", MatchOperator::Equal, "db"))},
          {{minutes(5), {"alice"}}},
          0}}));
    fire("HighErrorRate", kNoon);
    m_escalator.run(kNoon, {});
    EXPECT_TRUE(m_storage.notifications().list({}).empty());
}

}  // namespace
}  // namespace recops::alerting
