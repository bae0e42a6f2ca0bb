// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The alert book over a real SQLite store: transitions become alerts with their history,
// acknowledgments are kept once, and a restart finds the active alerts again.
#include "alerting/alert_book.h"

#include "common/timestamp.h"
#include "service_fixture.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::alerting {
namespace {

using std::chrono::seconds;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

const TimePoint kNoon{seconds(1'772'366'400)};

monitoring::ActiveAlert activeAlert(std::string rule, TimePoint since, double value = 0.3) {
    monitoring::Labels labels{{"alertname", rule}, {"severity", "warning"}};
    const std::string fingerprint = monitoring::labelFingerprint(labels);
    return {std::move(rule),
            std::move(labels),
            fingerprint,
            monitoring::Severity::Warning,
            monitoring::AlertPhase::Pending,
            since,
            std::nullopt,
            value,
            "summary " + std::to_string(value)};
}

monitoring::EvaluationResult transition(monitoring::TransitionKind kind,
                                        monitoring::ActiveAlert alert) {
    monitoring::EvaluationResult result;
    if (kind == monitoring::TransitionKind::Firing) {
        alert.phase = monitoring::AlertPhase::Firing;
        alert.firingSince = alert.activeSince + seconds(60);
    }
    result.transitions.push_back({kind, alert});
    if (kind == monitoring::TransitionKind::Pending || kind == monitoring::TransitionKind::Firing) {
        result.active.push_back(alert);
    }
    return result;
}

std::vector<std::string> kindsOf(const std::vector<AlertHistoryEntry>& entries) {
    std::vector<std::string> kinds;
    for (const AlertHistoryEntry& entry : entries) {
        kinds.push_back(entry.event.kind);
    }
    return kinds;
}

class AlertBookTest : public service::ServiceFixture {
protected:
    AlertBook m_book{m_storage.alerts()};
};

TEST_F(AlertBookTest, ATransitionsAlertGoesFromPendingToFiringToResolvedWithItsHistory) {
    const auto alert = activeAlert("HighLatencyP95", kNoon);
    m_book.apply(transition(monitoring::TransitionKind::Pending, alert), kNoon);
    ASSERT_EQ(m_book.active().size(), 1u);
    const std::string id = m_book.active()[0].id;
    EXPECT_EQ(id.size(), 16u);
    EXPECT_EQ(m_book.active()[0].state, AlertState::Pending);

    m_book.apply(transition(monitoring::TransitionKind::Firing, alert), kNoon + seconds(60));
    EXPECT_EQ(m_book.find(id)->state, AlertState::Firing);
    EXPECT_EQ(m_book.find(id)->firingSince, kNoon + seconds(60));

    const auto resolved =
        m_book.apply(transition(monitoring::TransitionKind::Resolved, alert), kNoon + seconds(90));
    ASSERT_EQ(resolved.size(), 1u);
    EXPECT_EQ(resolved[0].id, id);
    EXPECT_THAT(m_book.active(), IsEmpty());
    const auto stored = m_book.find(id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, AlertState::Resolved);
    EXPECT_EQ(stored->resolvedAt, kNoon + seconds(90));

    store::AlertEventQuery query;
    query.alertId = id;
    EXPECT_THAT(kindsOf(m_book.history(query)), ElementsAre("resolved", "firing", "pending"));
    EXPECT_EQ(m_book.resolved(10).at(0).id, id);
}

TEST_F(AlertBookTest, CurrentValuesRefreshWithoutAHistoryEntry) {
    auto alert = activeAlert("HighLatencyP95", kNoon);
    m_book.apply(transition(monitoring::TransitionKind::Firing, alert), kNoon);
    monitoring::EvaluationResult update;
    alert.value = 0.9;
    alert.summary = "worse";
    update.active.push_back(alert);
    m_book.apply(update, kNoon + seconds(15));
    EXPECT_EQ(m_book.active()[0].value, 0.9);
    EXPECT_EQ(m_book.active()[0].summary, "worse");
    EXPECT_EQ(m_book.history({}).size(), 1u);
}

TEST_F(AlertBookTest, APendingAlertThatClearsIsResolvedWithoutEverFiring) {
    const auto alert = activeAlert("LowCacheHitRate", kNoon);
    m_book.apply(transition(monitoring::TransitionKind::Pending, alert), kNoon);
    m_book.apply(transition(monitoring::TransitionKind::Cleared, alert), kNoon + seconds(5));
    const auto resolved = m_book.resolved(10);
    ASSERT_EQ(resolved.size(), 1u);
    EXPECT_FALSE(resolved[0].firingSince.has_value());
    EXPECT_THAT(kindsOf(m_book.history({})), ElementsAre("cleared", "pending"));
}

TEST_F(AlertBookTest, AnAcknowledgmentIsKeptOnceAndRecorded) {
    const auto alert = activeAlert("HighErrorRate", kNoon);
    m_book.apply(transition(monitoring::TransitionKind::Firing, alert), kNoon);
    const std::string id = m_book.active()[0].id;

    auto first = m_book.acknowledge(id, "alice", "looking", kNoon + seconds(30));
    ASSERT_TRUE(std::holds_alternative<Alert>(first));
    EXPECT_EQ(std::get<Alert>(first).acknowledgment->by, "alice");
    EXPECT_EQ(std::get<Alert>(first).acknowledgment->at, kNoon + seconds(30));

    auto second = m_book.acknowledge(id, "bob", "", kNoon + seconds(40));
    EXPECT_EQ(std::get<AcknowledgeRefusal>(second), AcknowledgeRefusal::AlreadyAcknowledged);
    EXPECT_EQ(m_book.find(id)->acknowledgment->by, "alice");

    const auto history = m_book.history({});
    EXPECT_EQ(history[0].event.kind, "acknowledged");
    EXPECT_EQ(history[0].event.actor, "alice");
    EXPECT_EQ(history[0].event.detail, "looking");

    EXPECT_EQ(std::get<AcknowledgeRefusal>(m_book.acknowledge("0123456789abcdef", "a", "", kNoon)),
              AcknowledgeRefusal::NotFound);
    m_book.apply(transition(monitoring::TransitionKind::Resolved, alert), kNoon + seconds(90));
    EXPECT_EQ(std::get<AcknowledgeRefusal>(m_book.acknowledge(id, "carol", "", kNoon)),
              AcknowledgeRefusal::Resolved);
}

TEST_F(AlertBookTest, EscalationProgressIsKeptAndContactsListedOnce) {
    m_book.apply(transition(monitoring::TransitionKind::Firing, activeAlert("X", kNoon)), kNoon);
    const std::string id = m_book.active()[0].id;
    m_book.recordEscalation(id, "primary", 1, {"alice"}, "level 1", kNoon + seconds(1));
    m_book.recordEscalation(id, "primary", 2, {"alice", "bob"}, "level 2", kNoon + seconds(2));
    const Alert alert = *m_book.find(id);
    EXPECT_EQ(alert.escalationPolicyId, "primary");
    EXPECT_EQ(alert.escalationStep, 2u);
    EXPECT_THAT(alert.notifiedContacts, ElementsAre("alice", "bob"));
}

TEST_F(AlertBookTest, ARestartFindsTheActiveAlertsAndTheirState) {
    m_book.apply(transition(monitoring::TransitionKind::Firing, activeAlert("A", kNoon)), kNoon);
    m_book.apply(transition(monitoring::TransitionKind::Pending, activeAlert("B", kNoon)), kNoon);
    const auto active = m_book.active();
    const std::string firingId = std::find_if(active.begin(), active.end(), [](const Alert& a) {
                                     return a.rule == "A";
                                 })->id;
    m_book.acknowledge(firingId, "alice", "", kNoon);

    AlertBook reopened(m_storage.alerts());
    const auto resumed = reopened.load();
    ASSERT_EQ(resumed.size(), 2u);
    EXPECT_EQ(reopened.active().size(), 2u);
    const auto firing = std::find_if(resumed.begin(), resumed.end(),
                                     [](const auto& alert) { return alert.rule == "A"; });
    EXPECT_EQ(firing->phase, monitoring::AlertPhase::Firing);
    EXPECT_EQ(firing->activeSince, kNoon);
    EXPECT_TRUE(reopened.find(firingId)->acknowledgment.has_value());
}

TEST_F(AlertBookTest, HistoryPagesBackwardsAndFiltersByTime) {
    for (int index = 0; index < 5; ++index) {
        m_book.apply(transition(monitoring::TransitionKind::Firing,
                                activeAlert("R" + std::to_string(index), kNoon)),
                     kNoon + seconds(index));
    }
    store::AlertEventQuery page;
    page.limit = 2;
    const auto first = m_book.history(page);
    ASSERT_EQ(first.size(), 2u);
    EXPECT_EQ(first[0].alert.rule, "R4");
    page.beforeId = first[1].event.id;
    const auto second = m_book.history(page);
    ASSERT_EQ(second.size(), 2u);
    EXPECT_EQ(second[0].alert.rule, "R2");

    store::AlertEventQuery window;
    window.fromMs = common::toUnixMilliseconds(kNoon + seconds(1));
    window.toMs = common::toUnixMilliseconds(kNoon + seconds(3));
    std::vector<std::string> rules;
    for (const auto& entry : m_book.history(window)) {
        rules.push_back(entry.alert.rule);
    }
    EXPECT_THAT(rules, ElementsAre("R2", "R1"));
}

}  // namespace
}  // namespace recops::alerting
