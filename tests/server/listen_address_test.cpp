// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/listen_address.h"

#include <gtest/gtest.h>

namespace recops::common {
namespace {

TEST(ListenAddressTest, ParsesIpv4AndBracketedIpv6) {
    const auto v4 = parseListenAddress("127.0.0.1:8470");
    ASSERT_TRUE(v4);
    EXPECT_EQ(v4->host, "127.0.0.1");
    EXPECT_EQ(v4->port, 8470);
    EXPECT_EQ(v4->toString(), "127.0.0.1:8470");

    const auto v6 = parseListenAddress("[::1]:0");
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->host, "::1");
    EXPECT_EQ(v6->port, 0);
    EXPECT_EQ(v6->toString(), "[::1]:0");
}

TEST(ListenAddressTest, RefusesNamesMissingPortsAndBadNumbers) {
    for (const char* text :
         {"localhost:8470", "127.0.0.1", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:-1",
          "127.0.0.1:80x", "::1:8470", "[127.0.0.1]:80", "300.0.0.1:80", ":8470", ""}) {
        EXPECT_FALSE(parseListenAddress(text)) << text;
    }
}

}  // namespace
}  // namespace recops::common
