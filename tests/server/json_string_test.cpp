// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/json_string.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::common {
namespace {

std::string asJsonString(std::string_view text) {
    std::string out;
    appendJsonString(out, text);
    return out;
}

TEST(JsonStringTest, EscapesQuotesBackslashesAndControlCharacters) {
    EXPECT_EQ(asJsonString("plain"), "\"plain\"");
    EXPECT_EQ(asJsonString("a\"b\\c"), "\"a\\\"b\\\\c\"");
    EXPECT_EQ(asJsonString("line\nnext\ttab\r"), "\"line\\nnext\\ttab\\r\"");
    EXPECT_EQ(asJsonString(std::string_view("\x01\x1f", 2)), "\"\\u0001\\u001f\"");
}

TEST(JsonStringTest, KeepsValidUtf8) {
    EXPECT_EQ(asJsonString("café ✓ 😀"), "\"café ✓ 😀\"");
}

TEST(JsonStringTest, ReplacesInvalidUtf8SoTheOutputAlwaysParses) {
    const std::string invalid[] = {"\xff",
                                   "\xc3",
                                   "\xe2\x82",
                                   "\xed\xa0\x80" /* surrogate */,
                                   "\xc0\xaf" /* overlong */,
                                   "\xf4\x90\x80\x80" /* > U+10FFFF */};
    for (const std::string& bytes : invalid) {
        const std::string text = "a" + bytes + "b";
        const std::string json = asJsonString(text);
        nlohmann::json parsed;
        ASSERT_NO_THROW(parsed = nlohmann::json::parse(json)) << json;
        EXPECT_NE(json.find("\\ufffd"), std::string::npos) << json;
        EXPECT_EQ(json.front(), '"');
    }
}

TEST(JsonStringTest, RoundTripsThroughAJsonParser) {
    const std::string text = "/api/v1/items/\"x\"\\y\n";
    EXPECT_EQ(nlohmann::json::parse(asJsonString(text)).get<std::string>(), text);
}

}  // namespace
}  // namespace recops::common
