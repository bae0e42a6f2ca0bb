// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Alert states under the rule evaluator, with Prometheus' semantics: pending, firing after
// `for`, resolved (or cleared before firing), states kept through a rule that fails.
#include "monitoring/rule_evaluator.h"

#include <stdexcept>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::monitoring {
namespace {

using std::chrono::seconds;
using TimePoint = RollingWindows::TimePoint;

const TimePoint kNoon{seconds(1'772'366'400)};

/// A rule whose condition is whatever the test sets.
struct Switch {
    bool active = false;
    bool throws = false;
    double value = 1.0;
};

AlertRule switchRule(std::shared_ptr<Switch> state, seconds forDuration) {
    return AlertRule{
        "Switch",
        Severity::Warning,
        forDuration,
        {{"team", "sre"}},
        "a test rule",
        [state](const RuleInputs&) -> std::vector<RuleObservation> {
            if (state->throws) {
                throw std::runtime_error("metric unreadable");
            }
            return {{{}, state->value, state->active, "value " + std::to_string(state->value)}};
        }};
}

class RuleEvaluatorTest : public ::testing::Test {
protected:
    EvaluationResult evaluateAt(RuleEvaluator& evaluator, std::int64_t secondsAfterNoon) {
        const RuleInputs inputs{m_windows, kNoon + seconds(secondsAfterNoon), nullptr, nullptr,
                                nullptr};
        return evaluator.evaluate(inputs);
    }

    static std::vector<TransitionKind> kinds(const EvaluationResult& result) {
        std::vector<TransitionKind> kinds;
        for (const AlertTransition& transition : result.transitions) {
            kinds.push_back(transition.kind);
        }
        return kinds;
    }

    RollingWindows m_windows{WindowRetention{10, 10}};
    std::shared_ptr<Switch> m_switch = std::make_shared<Switch>();
};

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST_F(RuleEvaluatorTest, PendingThenFiringAfterForThenResolved) {
    RuleEvaluator evaluator({switchRule(m_switch, seconds(60))});
    EXPECT_THAT(kinds(evaluateAt(evaluator, 0)), IsEmpty());

    m_switch->active = true;
    const EvaluationResult started = evaluateAt(evaluator, 10);
    EXPECT_THAT(kinds(started), ElementsAre(TransitionKind::Pending));
    const ActiveAlert& alert = started.transitions[0].alert;
    EXPECT_EQ(alert.labels,
              (Labels{{"alertname", "Switch"}, {"severity", "warning"}, {"team", "sre"}}));
    EXPECT_EQ(alert.activeSince, kNoon + seconds(10));

    EXPECT_THAT(kinds(evaluateAt(evaluator, 69)), IsEmpty());
    m_switch->value = 2.0;
    const EvaluationResult fired = evaluateAt(evaluator, 70);
    EXPECT_THAT(kinds(fired), ElementsAre(TransitionKind::Firing));
    EXPECT_EQ(fired.transitions[0].alert.firingSince, kNoon + seconds(70));
    EXPECT_EQ(fired.transitions[0].alert.summary, "value 2.000000");
    ASSERT_EQ(fired.active.size(), 1u);
    EXPECT_EQ(fired.active[0].phase, AlertPhase::Firing);

    EXPECT_THAT(kinds(evaluateAt(evaluator, 80)), IsEmpty());
    m_switch->active = false;
    const EvaluationResult resolved = evaluateAt(evaluator, 90);
    EXPECT_THAT(kinds(resolved), ElementsAre(TransitionKind::Resolved));
    EXPECT_THAT(resolved.active, IsEmpty());
}

TEST_F(RuleEvaluatorTest, APendingAlertThatClearsNeverFires) {
    RuleEvaluator evaluator({switchRule(m_switch, seconds(60))});
    m_switch->active = true;
    evaluateAt(evaluator, 0);
    m_switch->active = false;
    EXPECT_THAT(kinds(evaluateAt(evaluator, 30)), ElementsAre(TransitionKind::Cleared));
    // Holding again starts a new wait.
    m_switch->active = true;
    EXPECT_THAT(kinds(evaluateAt(evaluator, 40)), ElementsAre(TransitionKind::Pending));
    EXPECT_THAT(kinds(evaluateAt(evaluator, 90)), IsEmpty());
    EXPECT_THAT(kinds(evaluateAt(evaluator, 100)), ElementsAre(TransitionKind::Firing));
}

TEST_F(RuleEvaluatorTest, WithoutForAnAlertFiresAtOnce) {
    RuleEvaluator evaluator({switchRule(m_switch, seconds(0))});
    m_switch->active = true;
    EXPECT_THAT(kinds(evaluateAt(evaluator, 0)), ElementsAre(TransitionKind::Firing));
}

TEST_F(RuleEvaluatorTest, ARuleThatFailsKeepsItsAlertsAndIsReported) {
    RuleEvaluator evaluator({switchRule(m_switch, seconds(0))});
    m_switch->active = true;
    evaluateAt(evaluator, 0);
    m_switch->throws = true;
    const EvaluationResult failed = evaluateAt(evaluator, 10);
    EXPECT_THAT(kinds(failed), IsEmpty());
    ASSERT_EQ(failed.failures.size(), 1u);
    EXPECT_EQ(failed.failures[0].first, "Switch");
    EXPECT_EQ(failed.failures[0].second, "metric unreadable");
    EXPECT_EQ(failed.active.size(), 1u);
}

TEST_F(RuleEvaluatorTest, AResumedAlertKeepsItsStartAndDoesNotWaitAgain) {
    RuleEvaluator evaluator({switchRule(m_switch, seconds(60))});
    const Labels labels = RuleEvaluator::labelsOf(evaluator.rules()[0], {});
    evaluator.resume({"Switch", labels, labelFingerprint(labels), Severity::Warning,
                      AlertPhase::Pending, kNoon - seconds(50), std::nullopt, 1.0, "before"});
    m_switch->active = true;
    // Active since 50 s before noon: at +10 s the 60 s have passed.
    const EvaluationResult result = evaluateAt(evaluator, 10);
    EXPECT_THAT(kinds(result), ElementsAre(TransitionKind::Firing));
    EXPECT_EQ(result.transitions[0].alert.activeSince, kNoon - seconds(50));
}

TEST_F(RuleEvaluatorTest, AResumedAlertWhoseConditionNoLongerHoldsResolves) {
    RuleEvaluator evaluator({switchRule(m_switch, seconds(60))});
    const Labels labels = RuleEvaluator::labelsOf(evaluator.rules()[0], {});
    evaluator.resume({"Switch", labels, labelFingerprint(labels), Severity::Warning,
                      AlertPhase::Firing, kNoon - seconds(500), kNoon - seconds(400), 1.0, ""});
    EXPECT_THAT(kinds(evaluateAt(evaluator, 0)), ElementsAre(TransitionKind::Resolved));
}

TEST(LabelFingerprintTest, SeparatesLabelSetsThatWouldPrintAlike) {
    EXPECT_EQ(labelFingerprint({{"a", "1"}, {"b", "2"}}), "a=1,b=2");
    EXPECT_NE(labelFingerprint({{"a", "1,b=2"}}), labelFingerprint({{"a", "1"}, {"b", "2"}}));
}

}  // namespace
}  // namespace recops::monitoring
