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

}  // namespace
}  // namespace recops::common
