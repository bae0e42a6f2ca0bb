// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/timestamp.h"

#include <gtest/gtest.h>

namespace recops::common {
namespace {

TEST(TimestampTest, FormatsRfc3339UtcWithMilliseconds) {
    EXPECT_EQ(formatTimestamp(fromUnixMilliseconds(0)), "1970-01-01T00:00:00.000Z");
    EXPECT_EQ(formatTimestamp(fromUnixMilliseconds(1'772'366'400'123)), "2026-03-01T12:00:00.123Z");
    EXPECT_EQ(formatTimestamp(fromUnixMilliseconds(-1)), "1969-12-31T23:59:59.999Z");
}

TEST(TimestampTest, MillisecondsRoundTrip) {
    EXPECT_EQ(toUnixMilliseconds(fromUnixMilliseconds(1'772'366'400'123)), 1'772'366'400'123);
}

TEST(TimestampTest, ParsesRfc3339WithAndWithoutFractionAndOffset) {
    EXPECT_EQ(parseTimestamp("2026-03-01T12:00:00Z"), fromUnixMilliseconds(1'772'366'400'000));
    EXPECT_EQ(parseTimestamp("2026-03-01T12:00:00.123Z"), fromUnixMilliseconds(1'772'366'400'123));
    EXPECT_EQ(parseTimestamp("2026-03-01T12:00:00.1239Z"), fromUnixMilliseconds(1'772'366'400'123));
    EXPECT_EQ(parseTimestamp("2026-03-01T13:30:00+01:30"), fromUnixMilliseconds(1'772'366'400'000));
    EXPECT_EQ(parseTimestamp("2026-03-01t11:00:00-01:00"), fromUnixMilliseconds(1'772'366'400'000));
    EXPECT_EQ(parseTimestamp(formatTimestamp(fromUnixMilliseconds(-1))), fromUnixMilliseconds(-1));
}

TEST(TimestampTest, RefusesWhatIsNotAnRfc3339DateTime) {
    for (const char* text :
         {"", "2026-03-01", "2026-03-01T12:00:00", "2026-03-01 12:00:00Z", "2026-02-30T12:00:00Z",
          "2026-13-01T12:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T12:00:00.Z",
          "2026-03-01T12:00:00+0100", "2026-03-01T12:00:00Zjunk", "1772366400000"}) {
        EXPECT_EQ(parseTimestamp(text), std::nullopt) << text;
    }
}

}  // namespace
}  // namespace recops::common
