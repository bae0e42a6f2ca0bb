// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/router.h"

#include "http/responses.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::http {
namespace {

using ::testing::ElementsAre;

Handler answering(std::string body) {
    return [body = std::move(body)](const RequestContext&) {
        return textResponse(Status::ok, body, "text/plain");
    };
}

/// Calls the resolved handler and returns its body, so tests see which handler was chosen.
std::string callResolved(const RouteResolution& resolution) {
    Request request;
    const RequestContext context{request, "", "", resolution.parameters, "id", "remote"};
    return (*resolution.handler)(context).body();
}

TEST(RouterTest, FindsTheHandlerForMethodAndPath) {
    Router router;
    router.add(Verb::get, "/api/v1/tokens", answering("list"));
    router.add(Verb::post, "/api/v1/tokens", answering("create"));
    router.add(Verb::delete_, "/api/v1/tokens/{id}", answering("revoke"));

    const auto list = router.resolve(Verb::get, "/api/v1/tokens");
    ASSERT_EQ(list.outcome, RouteOutcome::Found);
    EXPECT_EQ(callResolved(list), "list");
    EXPECT_EQ(list.pattern, "/api/v1/tokens");

    const auto revoke = router.resolve(Verb::delete_, "/api/v1/tokens/abc");
    ASSERT_EQ(revoke.outcome, RouteOutcome::Found);
    EXPECT_EQ(callResolved(revoke), "revoke");
    EXPECT_EQ(revoke.pattern, "/api/v1/tokens/{id}");
    EXPECT_EQ(revoke.parameters.get("id"), "abc");
}

TEST(RouterTest, UnknownPathIsNotFound) {
    Router router;
    router.add(Verb::get, "/healthz", answering("health"));
    const auto resolution = router.resolve(Verb::get, "/nothing");
    EXPECT_EQ(resolution.outcome, RouteOutcome::NotFound);
    EXPECT_EQ(resolution.handler, nullptr);
}

TEST(RouterTest, KnownPathWithAnotherMethodListsTheAllowedOnes) {
    Router router;
    router.add(Verb::post, "/api/v1/tokens", answering("create"));
    router.add(Verb::get, "/api/v1/tokens", answering("list"));
    const auto resolution = router.resolve(Verb::put, "/api/v1/tokens");
    EXPECT_EQ(resolution.outcome, RouteOutcome::MethodNotAllowed);
    EXPECT_EQ(resolution.allow, "GET, HEAD, POST");
    EXPECT_EQ(resolution.pattern, "/api/v1/tokens");
}

TEST(RouterTest, HeadFallsBackToGet) {
    Router router;
    router.add(Verb::get, "/healthz", answering("health"));
    const auto resolution = router.resolve(Verb::head, "/healthz");
    ASSERT_EQ(resolution.outcome, RouteOutcome::Found);
    EXPECT_EQ(callResolved(resolution), "health");
}

TEST(RouterTest, LiteralSegmentsWinWhateverTheRegistrationOrder) {
    Router router;
    router.add(Verb::get, "/tokens/{id}", answering("by id"));
    router.add(Verb::get, "/tokens/current", answering("current"));
    EXPECT_EQ(callResolved(router.resolve(Verb::get, "/tokens/current")), "current");
    EXPECT_EQ(callResolved(router.resolve(Verb::get, "/tokens/other")), "by id");
}

TEST(RouterTest, PatternIndexesFollowRegistrationOrder) {
    Router router;
    router.add(Verb::get, "/b/{x}", answering("b"));
    router.add(Verb::get, "/b/literal", answering("literal"));
    router.add(Verb::post, "/b/{x}", answering("b2"));
    EXPECT_THAT(router.patterns(), ElementsAre("/b/{x}", "/b/literal"));
    EXPECT_EQ(router.resolve(Verb::get, "/b/literal").patternIndex, 1u);
    EXPECT_EQ(router.resolve(Verb::post, "/b/1").patternIndex, 0u);
}

TEST(RouterTest, RefusesTheSameMethodTwiceOnOnePattern) {
    Router router;
    router.add(Verb::get, "/healthz", answering("a"));
    EXPECT_THROW(router.add(Verb::get, "/healthz", answering("b")), std::invalid_argument);
}

}  // namespace
}  // namespace recops::http
