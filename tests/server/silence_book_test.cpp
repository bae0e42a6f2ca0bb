// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Silences: their states over time, what they match, expiring one early, and the store
// keeping them across a restart.
#include "alerting/silence_book.h"

#include "service_fixture.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::alerting {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

const TimePoint kNoon{seconds(1'772'366'400)};

LabelMatcher matcher(std::string name, MatchOperator op, std::string value) {
    return std::get<LabelMatcher>(LabelMatcher::create(std::move(name), op, std::move(value)));
}

class SilenceBookTest : public service::ServiceFixture {
protected:
    SilenceBook m_book{m_storage.silences()};
};

TEST_F(SilenceBookTest, ASilenceIsPendingActiveThenExpired) {
    const Silence silence =
        m_book.create({matcher("alertname", MatchOperator::Equal, "X")}, kNoon + minutes(10),
                      kNoon + minutes(70), "alice", "maintenance", kNoon);
    EXPECT_EQ(silence.stateAt(kNoon), SilenceState::Pending);
    EXPECT_EQ(silence.stateAt(kNoon + minutes(10)), SilenceState::Active);
    EXPECT_EQ(silence.stateAt(kNoon + minutes(70)), SilenceState::Expired);
}

TEST_F(SilenceBookTest, OnlyActiveSilencesWhoseMatchersAllHoldSilence) {
    const Silence serving =
        m_book.create({matcher("team", MatchOperator::Equal, "ml-serving"),
                       matcher("severity", MatchOperator::RegexMatch, "warning|info")},
                      kNoon, kNoon + minutes(60), "alice", "deploy", kNoon);
    m_book.create({matcher("alertname", MatchOperator::Equal, "Other")}, kNoon, kNoon + minutes(60),
                  "bob", "noise", kNoon);
    const monitoring::Labels warning{{"team", "ml-serving"}, {"severity", "warning"}};
    const monitoring::Labels critical{{"team", "ml-serving"}, {"severity", "critical"}};
    EXPECT_THAT(m_book.silencing(warning, kNoon + minutes(1)), ElementsAre(serving.id));
    EXPECT_THAT(m_book.silencing(critical, kNoon + minutes(1)), IsEmpty());
    EXPECT_THAT(m_book.silencing(warning, kNoon + minutes(61)), IsEmpty());
}

TEST_F(SilenceBookTest, ExpiringEndsItNowAndKeepsTheRecord) {
    const Silence silence = m_book.create({matcher("alertname", MatchOperator::Equal, "X")}, kNoon,
                                          kNoon + minutes(60), "alice", "maintenance", kNoon);
    EXPECT_EQ(m_book.expire(silence.id, kNoon + minutes(5)), ExpireOutcome::Expired);
    EXPECT_EQ(m_book.find(silence.id)->endsAt, kNoon + minutes(5));
    EXPECT_THAT(m_book.silencing({{"alertname", "X"}}, kNoon + minutes(6)), IsEmpty());
    EXPECT_EQ(m_book.expire(silence.id, kNoon + minutes(6)), ExpireOutcome::AlreadyExpired);
    EXPECT_EQ(m_book.expire("0123456789abcdef", kNoon), ExpireOutcome::NotFound);
    EXPECT_EQ(m_book.list().size(), 1u);
}

TEST_F(SilenceBookTest, ExpiringOneThatHadNotStartedEndsItBeforeItApplied) {
    const Silence silence =
        m_book.create({matcher("alertname", MatchOperator::Equal, "X")}, kNoon + minutes(30),
                      kNoon + minutes(60), "alice", "later", kNoon);
    m_book.expire(silence.id, kNoon);
    const Silence expired = *m_book.find(silence.id);
    EXPECT_EQ(expired.startsAt, kNoon);
    EXPECT_EQ(expired.endsAt, kNoon);
    EXPECT_EQ(expired.stateAt(kNoon), SilenceState::Expired);
}

TEST_F(SilenceBookTest, SilencesSurviveARestartWithTheirMatchers) {
    const Silence silence =
        m_book.create({matcher("feature", MatchOperator::RegexMatch, "age|country")}, kNoon,
                      kNoon + minutes(60), "alice", "known drift", kNoon);
    SilenceBook reopened(m_storage.silences());
    const auto found = reopened.find(silence.id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->createdBy, "alice");
    EXPECT_EQ(found->comment, "known drift");
    EXPECT_EQ(found->endsAt, kNoon + minutes(60));
    EXPECT_THAT(reopened.silencing({{"feature", "country"}}, kNoon), ElementsAre(silence.id));
}

}  // namespace
}  // namespace recops::alerting
