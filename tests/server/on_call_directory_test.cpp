// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Contacts and escalation policies: the references between them, the first matching policy,
// routing keys kept when not given back, and escalation plans with their offsets.
#include "alerting/on_call_directory.h"

#include "alerting/escalation_plan.h"
#include "service_fixture.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::alerting {
namespace {

using std::chrono::minutes;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

Contact contact(std::string id, std::optional<Webhook> webhook = std::nullopt) {
    return Contact{id, "Name of " + id, "SRE", id + "@example.com", "+1 555 0100", webhook};
}

EscalationPolicy policy(std::string id, std::vector<EscalationLevel> levels,
                        std::vector<LabelMatcher> matchers = {}, std::size_t repeat = 0) {
    return EscalationPolicy{id, id, std::move(matchers), std::move(levels), repeat};
}

LabelMatcher matcher(std::string name, std::string value) {
    return std::get<LabelMatcher>(
        LabelMatcher::create(std::move(name), MatchOperator::Equal, std::move(value)));
}

class OnCallDirectoryTest : public service::ServiceFixture {
protected:
    OnCallDirectory m_directory{m_storage.onCall()};
};

TEST_F(OnCallDirectoryTest, PoliciesMayNameOnlyKnownContacts) {
    ASSERT_FALSE(m_directory.replaceContacts({contact("alice"), contact("bob")}));
    const auto refused = m_directory.replacePolicies(
        {policy("primary", {{minutes(5), {"alice"}}, {minutes(0), {"bob", "carol"}}})});
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, ReferenceProblem::Kind::Invalid);
    EXPECT_EQ(refused->detail,
              "escalation_policies[0].levels[1].contacts[1]: no contact has id \"carol\"");
    EXPECT_TRUE(m_directory.policies().empty());
}

TEST_F(OnCallDirectoryTest, AContactAPolicyPagesCannotBeRemoved) {
    ASSERT_FALSE(m_directory.replaceContacts({contact("alice"), contact("bob")}));
    ASSERT_FALSE(m_directory.replacePolicies({policy("primary", {{minutes(5), {"alice"}}})}));
    const auto refused = m_directory.replaceContacts({contact("bob")});
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, ReferenceProblem::Kind::InUse);
    EXPECT_THAT(refused->detail, HasSubstr("\"alice\" is still paged by escalation policy "
                                           "\"primary\" (level 1)"));
    EXPECT_EQ(m_directory.contacts().size(), 2u);
    // Without the policy, she can go.
    ASSERT_FALSE(m_directory.replacePolicies({}));
    EXPECT_FALSE(m_directory.replaceContacts({contact("bob")}));
}

TEST_F(OnCallDirectoryTest, APagerDutyWebhookKeepsItsRoutingKeyWhenNotGivenBack) {
    const Webhook withKey{"https://events.pagerduty.com/v2/enqueue", NotificationFormat::PagerDuty,
                          "R0UT1NGK3Y"};
    ASSERT_FALSE(m_directory.replaceContacts({contact("alice", withKey)}));
    Webhook withoutKey = withKey;
    withoutKey.routingKey.clear();
    ASSERT_FALSE(m_directory.replaceContacts({contact("alice", withoutKey)}));
    EXPECT_EQ(m_directory.contact("alice")->webhook->routingKey, "R0UT1NGK3Y");
    // A new contact has no key to keep.
    const auto refused =
        m_directory.replaceContacts({contact("alice", withKey), contact("bob", withoutKey)});
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->detail,
              "contacts[1].webhook.routing_key: a pagerduty webhook needs the integration's "
              "routing key");
}

TEST_F(OnCallDirectoryTest, TheFirstPolicyWhoseMatchersHoldEscalates) {
    ASSERT_FALSE(m_directory.replaceContacts({contact("alice"), contact("bob")}));
    ASSERT_FALSE(m_directory.replacePolicies(
        {policy("critical", {{minutes(5), {"alice"}}}, {matcher("severity", "critical")}),
         policy("everything", {{minutes(5), {"bob"}}})}));
    EXPECT_EQ(m_directory.policyFor({{"severity", "critical"}})->id, "critical");
    EXPECT_EQ(m_directory.policyFor({{"severity", "warning"}})->id, "everything");
}

TEST_F(OnCallDirectoryTest, BothListsSurviveARestartInOrder) {
    const Webhook slack{"https://hooks.slack.com/services/T/B/X", NotificationFormat::Slack, ""};
    ASSERT_FALSE(m_directory.replaceContacts({contact("zoe", slack), contact("alice")}));
    ASSERT_FALSE(m_directory.replacePolicies(
        {policy("primary", {{minutes(5), {"zoe", "alice"}}, {minutes(10), {"alice"}}},
                {matcher("team", "sre")}, 2)}));
    OnCallDirectory reopened(m_storage.onCall());
    const auto contacts = reopened.contacts();
    ASSERT_EQ(contacts.size(), 2u);
    EXPECT_EQ(contacts[0].id, "zoe");
    EXPECT_EQ(contacts[0].webhook->url, slack.url);
    EXPECT_FALSE(contacts[1].webhook.has_value());
    const auto primary = reopened.policy("primary");
    ASSERT_TRUE(primary.has_value());
    EXPECT_EQ(primary->repeat, 2u);
    ASSERT_EQ(primary->levels.size(), 2u);
    EXPECT_THAT(primary->levels[0].contactIds, ElementsAre("zoe", "alice"));
    EXPECT_EQ(primary->levels[1].delay, minutes(10));
    EXPECT_EQ(primary->matchers.at(0).toString(), "team=\"sre\"");
}

TEST(EscalationPlanTest, LevelsFollowEachOthersDelaysAndRepeat) {
    const EscalationPolicy primary =
        policy("primary", {{minutes(5), {"alice"}}, {minutes(10), {"bob"}}}, {}, 1);
    const std::vector<EscalationStep> steps = planEscalation(primary);
    ASSERT_EQ(steps.size(), 4u);
    // alice at 0, bob 5 min after, alice again 10 min after bob, bob again 5 min after that.
    EXPECT_EQ(steps[0].offset, minutes(0));
    EXPECT_EQ(steps[1].offset, minutes(5));
    EXPECT_EQ(steps[2].offset, minutes(15));
    EXPECT_EQ(steps[3].offset, minutes(20));
    EXPECT_EQ(steps[2].cycle, 1u);
    EXPECT_EQ(steps[2].level, 0u);
    EXPECT_THAT(steps[3].contactIds, ElementsAre("bob"));
    EXPECT_EQ(steps[3].index, 3u);
}

}  // namespace
}  // namespace recops::alerting
