// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/request_id.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace recops::http {
namespace {

TEST(RequestIdTest, KeepsAWellFormedIncomingId) {
    EXPECT_EQ(RequestId::acceptOrGenerate("abc-123_X.y").view(), "abc-123_X.y");
    const std::string longest(RequestId::kMaxLength, 'a');
    EXPECT_EQ(RequestId::acceptOrGenerate(longest).view(), longest);
}

TEST(RequestIdTest, ReplacesMissingOverlongOrUnsafeIds) {
    for (const std::string& incoming :
         {std::string(), std::string(RequestId::kMaxLength + 1, 'a'), std::string("has space"),
          std::string("quote\""), std::string("new\nline"), std::string("ünïcode")}) {
        const auto id = RequestId::acceptOrGenerate(incoming);
        EXPECT_NE(id.view(), incoming);
        EXPECT_EQ(id.view().size(), 32u);
        EXPECT_TRUE(RequestId::isAcceptable(id.view()));
    }
}

TEST(RequestIdTest, GeneratedIdsDiffer) {
    std::set<std::string> ids;
    for (int i = 0; i < 1000; ++i) {
        ids.insert(std::string(RequestId::acceptOrGenerate("").view()));
    }
    EXPECT_EQ(ids.size(), 1000u);
}

}  // namespace
}  // namespace recops::http
