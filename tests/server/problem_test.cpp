// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/problem.h"

#include <set>

#include <gtest/gtest.h>

namespace recops::http {
namespace {

nlohmann::json bodyOf(const Response& response) {
    return nlohmann::json::parse(response.body());
}

TEST(ProblemTest, HasTheFiveMembersAndTheProblemMediaType) {
    const Response response =
        makeProblemResponse({ProblemType::NotFound, "no token has id x"}, "req-1");
    EXPECT_EQ(response.result(), Status::not_found);
    EXPECT_EQ(response[Field::content_type], "application/problem+json");
    EXPECT_EQ(bodyOf(response), (nlohmann::json{{"type", "urn:recops:problem:not-found"},
                                                {"title", "Not found"},
                                                {"status", 404},
                                                {"detail", "no token has id x"},
                                                {"request_id", "req-1"}}));
}

TEST(ProblemTest, EveryTypeHasItsOwnUriAnErrorStatusAndATitle) {
    std::set<std::string_view> uris;
    for (int index = 0; index <= static_cast<int>(ProblemType::TransitionRefused); ++index) {
        const auto& info = problemTypeInfo(static_cast<ProblemType>(index));
        EXPECT_EQ(info.type, static_cast<ProblemType>(index));
        EXPECT_TRUE(info.uri.starts_with("urn:recops:problem:")) << info.uri;
        EXPECT_TRUE(uris.insert(info.uri).second) << info.uri;
        EXPECT_GE(static_cast<unsigned>(info.status), 400u);
        EXPECT_FALSE(info.title.empty());
    }
}

TEST(ProblemTest, UnauthorizedCarriesTheBearerChallenge) {
    const Response response = makeProblemResponse({ProblemType::Unauthorized, "no token"}, "r");
    EXPECT_EQ(response.result(), Status::unauthorized);
    EXPECT_EQ(response[Field::www_authenticate], "Bearer realm=\"recopsd\"");
}

TEST(ProblemTest, CarriesExtensionsAndExtraHeaders) {
    Problem problem{ProblemType::MethodNotAllowed, "POST is not allowed"};
    problem.headers.emplace_back(Field::allow, "GET, HEAD");
    problem.extensions["hint"] = "use GET";
    const Response response = makeProblemResponse(problem, "r");
    EXPECT_EQ(response[Field::allow], "GET, HEAD");
    EXPECT_EQ(bodyOf(response)["hint"], "use GET");
    EXPECT_EQ(bodyOf(response)["status"], 405);
}

TEST(ProblemTest, TheStandardMembersCannotBeOverriddenByExtensions) {
    Problem problem{ProblemType::NotFound, "real detail"};
    problem.extensions["status"] = 200;
    problem.extensions["detail"] = "fake";
    const auto body = bodyOf(makeProblemResponse(problem, "r"));
    EXPECT_EQ(body["status"], 404);
    EXPECT_EQ(body["detail"], "real detail");
}

TEST(ProblemTest, InvalidUtf8InADetailStillGivesValidJson) {
    const Response response =
        makeProblemResponse({ProblemType::NotFound, "no route matches /\xff"}, "r");
    EXPECT_NO_THROW(bodyOf(response));
}

}  // namespace
}  // namespace recops::http
