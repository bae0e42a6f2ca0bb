// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// CronSchedule as a table of expressions and the times they fire next (worked out by hand
// with a calendar: 2026-03-04 is a Wednesday), then the expressions it refuses and why.
#include "common/cron_schedule.h"

#include "common/timestamp.h"

#include <stdexcept>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::common {
namespace {

using ::testing::HasSubstr;

std::chrono::system_clock::time_point at(std::string_view text) {
    const auto milliseconds = parseTimestampMilliseconds(text);
    if (!milliseconds) {
        throw std::invalid_argument("bad time in the test: " + std::string(text));
    }
    return fromUnixMilliseconds(*milliseconds);
}

struct NextCase {
    const char* expression;
    const char* after;
    const char* expected;
    const char* why;
};

constexpr NextCase kNextCases[] = {
    {"* * * * *", "2026-03-04T10:17:30Z", "2026-03-04T10:18:00Z", "every minute; seconds dropped"},
    {"* * * * *", "2026-03-04T10:17:00Z", "2026-03-04T10:18:00Z", "strictly after"},
    {"0 3 * * *", "2026-03-04T10:17:00Z", "2026-03-05T03:00:00Z", "03:00 has passed today"},
    {"0 3 * * *", "2026-03-04T02:59:59Z", "2026-03-04T03:00:00Z", "03:00 still to come"},
    {"*/15 * * * *", "2026-03-04T10:17:30Z", "2026-03-04T10:30:00Z", "step over the field"},
    {"*/15 * * * *", "2026-03-04T10:59:00Z", "2026-03-04T11:00:00Z", "step wraps to :00"},
    {"5/15 * * * *", "2026-03-04T10:17:00Z", "2026-03-04T10:20:00Z", "from 5 in steps of 15"},
    {"10-20/5 8-9 * * *", "2026-03-04T10:17:00Z", "2026-03-05T08:10:00Z", "stepped range"},
    {"10-20/5 8-9 * * *", "2026-03-04T08:16:00Z", "2026-03-04T08:20:00Z", "within the range"},
    {"10-20/5 8-9 * * *", "2026-03-04T08:20:00Z", "2026-03-04T09:10:00Z", "next hour"},
    {"0,30 * * * *", "2026-03-04T10:17:00Z", "2026-03-04T10:30:00Z", "list"},
    {"0,30 * * * *", "2026-03-04T10:45:00Z", "2026-03-04T11:00:00Z", "list wraps"},
    {"0 0 1 * *", "2026-03-04T10:17:00Z", "2026-04-01T00:00:00Z", "first of the month"},
    {"0 0 31 * *", "2026-04-01T00:00:00Z", "2026-05-31T00:00:00Z", "April has no 31st"},
    {"0 0 1 1,7 *", "2026-03-04T10:17:00Z", "2026-07-01T00:00:00Z", "month list"},
    {"0 0 * * 1", "2026-03-04T10:17:00Z", "2026-03-09T00:00:00Z", "Monday"},
    {"0 0 * * 0", "2026-03-04T10:17:00Z", "2026-03-08T00:00:00Z", "Sunday as 0"},
    {"0 0 * * 7", "2026-03-04T10:17:00Z", "2026-03-08T00:00:00Z", "Sunday as 7"},
    {"0 9 * * 1-5", "2026-03-06T18:00:00Z", "2026-03-09T09:00:00Z", "weekdays skip the weekend"},
    // Both day fields restricted: either matches (the 13th, or any Tuesday).
    {"0 0 13 * 2", "2026-03-04T10:17:00Z", "2026-03-10T00:00:00Z", "a Tuesday before the 13th"},
    {"0 0 13 * 2", "2026-03-11T00:00:00Z", "2026-03-13T00:00:00Z", "the 13th before a Tuesday"},
    // One restricted: only it counts.
    {"0 0 13 * *", "2026-03-04T10:17:00Z", "2026-03-13T00:00:00Z", "the 13th only"},
    {"0 0 * * 2", "2026-03-11T00:00:00Z", "2026-03-17T00:00:00Z", "Tuesdays only"},
    {"0 0 29 2 *", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z", "next leap year"},
    {"0 0 29 2 *", "2028-02-29T00:00:00Z", "2032-02-29T00:00:00Z", "four years on"},
    {"0 0 29 2 *", "2097-03-01T00:00:00Z", "2104-02-29T00:00:00Z", "2100 is no leap year"},
    {"0 12 * 12 *", "2026-12-31T12:00:00Z", "2027-12-01T12:00:00Z", "into the next year"},
    {"59 23 31 12 *", "2026-12-31T23:59:00Z", "2027-12-31T23:59:00Z", "the year's last minute"},
    {"0 0 31 2 1", "2026-03-04T10:17:00Z", "2027-02-01T00:00:00Z",
     "February 31st never comes, February's Mondays do"},
    {"  0   3 * *\t* ", "2026-03-04T10:17:00Z", "2026-03-05T03:00:00Z", "spaces and tabs"},
};

TEST(CronScheduleTest, FiresAtTheNextMatchingMinute) {
    for (const NextCase& c : kNextCases) {
        const CronSchedule schedule = CronSchedule::parse(c.expression);
        EXPECT_EQ(formatTimestamp(schedule.nextAfter(at(c.after))), formatTimestamp(at(c.expected)))
            << "\"" << c.expression << "\" after " << c.after << " (" << c.why << ")";
    }
}

TEST(CronScheduleTest, SuccessiveRunsWalkTheSchedule) {
    const CronSchedule schedule = CronSchedule::parse("0 6,18 * * *");
    auto time = at("2026-03-04T10:17:00Z");
    std::vector<std::string> runs;
    for (int i = 0; i < 4; ++i) {
        time = schedule.nextAfter(time);
        runs.push_back(formatTimestamp(time));
    }
    EXPECT_THAT(runs,
                ::testing::ElementsAre("2026-03-04T18:00:00.000Z", "2026-03-05T06:00:00.000Z",
                                       "2026-03-05T18:00:00.000Z", "2026-03-06T06:00:00.000Z"));
}

TEST(CronScheduleTest, KeepsTheExpressionAsWritten) {
    EXPECT_EQ(CronSchedule::parse("0 3 * * *").expression(), "0 3 * * *");
}

struct RefusedCase {
    const char* expression;
    const char* message;
};

constexpr RefusedCase kRefusedCases[] = {
    {"60 * * * *", "cron minute \"60\": 60 is outside 0..59"},
    {"* 24 * * *", "cron hour \"24\": 24 is outside 0..23"},
    {"* * 0 * *", "cron day of month \"0\": 0 is outside 1..31"},
    {"* * 32 * *", "cron day of month \"32\": 32 is outside 1..31"},
    {"* * * 13 *", "cron month \"13\": 13 is outside 1..12"},
    {"* * * 0 *", "cron month \"0\": 0 is outside 1..12"},
    {"* * * * 8", "cron day of week \"8\": 8 is outside 0..7"},
    {"*/0 * * * *", "cron minute \"*/0\": 0 is outside 1..60"},
    {"5-1 * * * *", "cron minute \"5-1\": range 5-1 runs backwards"},
    {"a * * * *", "cron minute \"a\": a is not a number"},
    {"1-x * * * *", "cron minute \"1-x\": x is not a number"},
    {"1,,2 * * * *", "cron minute \"1,,2\": empty list element"},
    {"1, * * * *", "cron minute \"1,\": empty list element"},
    {"* * * *",
     "a cron expression has five fields (minute hour day-of-month month day-of-week), for "
     "example \"0 3 * * *\"; got 4"},
    {"", "a cron expression has five fields"},
    {"* * * * * *", "got 6"},
    // Dates no calendar has.
    {"0 0 30 2 *",
     "cron day of month \"30\": no month allowed by the month field \"2\" has such a day"},
    {"0 0 31 4,6,9,11 *",
     "cron day of month \"31\": no month allowed by the month field \"4,6,9,11\" has such a day"},
    {"0 0 30-31 2 *", "cron day of month \"30-31\""},
};

TEST(CronScheduleTest, RefusesWhatCannotBeAScheduleNamingTheField) {
    for (const RefusedCase& c : kRefusedCases) {
        try {
            CronSchedule::parse(c.expression);
            ADD_FAILURE() << "\"" << c.expression << "\" was accepted";
        } catch (const std::invalid_argument& error) {
            EXPECT_THAT(error.what(), HasSubstr(c.message)) << "\"" << c.expression << "\"";
        }
    }
}

TEST(CronScheduleTest, AcceptsTheRareDaysThatDoExist) {
    // February 29th (leap years only) and the 31st of the long months are real days.
    for (const char* expression : {"0 0 29 2 *", "0 0 31 1-12 *", "0 0 30,31 2,3 *"}) {
        EXPECT_NO_THROW(CronSchedule::parse(expression).nextAfter(at("2026-03-04T00:00:00Z")))
            << expression;
    }
}

}  // namespace
}  // namespace recops::common
