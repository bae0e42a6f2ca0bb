// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/utf8.h"

#include <gtest/gtest.h>

namespace recops::common {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("plain ascii"));
    EXPECT_TRUE(
        isValidUtf8("Gr\xc3\xbc\xc3\x9f"
                    "e \xe2\x82\xac \xf0\x9f\x94\xa5"));
    EXPECT_TRUE(isValidUtf8("\xf4\x8f\xbf\xbf"));  // U+10FFFF, the last code point
}

TEST(Utf8Test, RefusesMalformedText) {
    EXPECT_FALSE(isValidUtf8("\xff"));
    EXPECT_FALSE(isValidUtf8("\x80"));              // a continuation byte alone
    EXPECT_FALSE(isValidUtf8("\xc3"));              // cut short
    EXPECT_FALSE(isValidUtf8("\xc0\xaf"));          // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xed\xa0\x80"));      // a surrogate, U+D800
    EXPECT_FALSE(isValidUtf8("\xf4\x90\x80\x80"));  // past U+10FFFF
}

}  // namespace
}  // namespace recops::common
