// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/route_template.h"

#include <gtest/gtest.h>

namespace recops::http {
namespace {

TEST(RouteTemplateTest, LiteralTemplatesMatchOnlyTheirExactPath) {
    const RouteTemplate healthz("/healthz");
    PathParameters parameters;
    EXPECT_TRUE(healthz.match("/healthz", parameters));
    EXPECT_FALSE(healthz.match("/healthz/", parameters));
    EXPECT_FALSE(healthz.match("/healthzz", parameters));
    EXPECT_FALSE(healthz.match("/", parameters));
    EXPECT_FALSE(healthz.match("healthz", parameters));
    EXPECT_FALSE(healthz.match("", parameters));
}

TEST(RouteTemplateTest, ParametersCaptureOneNonEmptySegment) {
    const RouteTemplate item("/api/v1/items/{id}");
    PathParameters parameters;
    ASSERT_TRUE(item.match("/api/v1/items/42", parameters));
    EXPECT_EQ(parameters.get("id"), "42");
    EXPECT_EQ(parameters.size(), 1u);
    EXPECT_FALSE(item.match("/api/v1/items/", parameters));
    EXPECT_FALSE(item.match("/api/v1/items", parameters));
    EXPECT_FALSE(item.match("/api/v1/items/42/more", parameters));
    EXPECT_FALSE(item.match("/api/v2/items/42", parameters));
}

TEST(RouteTemplateTest, SeveralParametersAndPercentDecoding) {
    const RouteTemplate pair("/users/{user}/items/{item}");
    PathParameters parameters;
    ASSERT_TRUE(pair.match("/users/a%20b/items/x%2Fy", parameters));
    EXPECT_EQ(parameters.get("user"), "a b");
    EXPECT_EQ(parameters.get("item"), "x/y");
    EXPECT_EQ(parameters.get("absent"), "");
    EXPECT_FALSE(pair.match("/users/%zz/items/1", parameters));
    EXPECT_FALSE(pair.match("/users/%2/items/1", parameters));
}

TEST(RouteTemplateTest, TheRootTemplateMatchesOnlyTheRoot) {
    const RouteTemplate root("/");
    PathParameters parameters;
    EXPECT_TRUE(root.match("/", parameters));
    EXPECT_FALSE(root.match("/x", parameters));
}

TEST(RouteTemplateTest, RefusesMalformedPatterns) {
    for (const char* pattern : {"", "healthz", "/items/{}", "/items/{Id}", "/items/x{id}",
                                "/items/{id}-{id2}", "/a/{id}/b/{id}", "/items/{id"}) {
        EXPECT_THROW(RouteTemplate{pattern}, std::invalid_argument) << pattern;
    }
}

TEST(RouteTemplateTest, LiteralSegmentsAreMoreSpecificThanParameters) {
    const RouteTemplate current("/tokens/current");
    const RouteTemplate byId("/tokens/{id}");
    EXPECT_TRUE(current.isMoreSpecificThan(byId));
    EXPECT_FALSE(byId.isMoreSpecificThan(current));
    EXPECT_FALSE(current.isMoreSpecificThan(RouteTemplate("/other/thing")));
}

TEST(RouteTemplateTest, PercentDecodeHandlesEdges) {
    std::string out;
    EXPECT_TRUE(percentDecode("%41%62c", out));
    EXPECT_EQ(out, "Abc");
    EXPECT_FALSE(percentDecode("abc%4", out));
    EXPECT_FALSE(percentDecode("%", out));
    EXPECT_TRUE(percentDecode("", out));
    EXPECT_EQ(out, "");
}

TEST(RouteTemplateTest, PercentEncodeSegmentKeepsOnlyUnreservedCharacters) {
    EXPECT_EQ(percentEncodeSegment("Item-1.2_~x"), "Item-1.2_~x");
    EXPECT_EQ(percentEncodeSegment("a b/c?d%e"), "a%20b%2Fc%3Fd%25e");
    EXPECT_EQ(percentEncodeSegment("caf\xC3\xA9"), "caf%C3%A9");
    EXPECT_EQ(percentEncodeSegment(""), "");
    std::string decoded;
    ASSERT_TRUE(percentDecode(percentEncodeSegment("x /%\x01\xff"), decoded));
    EXPECT_EQ(decoded, "x /%\x01\xff");
}

}  // namespace
}  // namespace recops::http
