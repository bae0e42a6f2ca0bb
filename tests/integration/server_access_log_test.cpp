// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The access log of the real recopsd: one JSON object per request, carrying the request id
// that the response returned.
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"

#include <set>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::UnorderedElementsAre;

/// The lines of @p text that are access log objects (they have a request_id).
std::vector<nlohmann::json> accessLines(const std::string& text) {
    std::vector<nlohmann::json> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) {
        auto object = nlohmann::json::parse(line);  // every line must be JSON
        if (object.contains("request_id") && object.contains("route")) {
            lines.push_back(std::move(object));
        }
    }
    return lines;
}

TEST(ServerAccessLogTest, WritesOneJsonLinePerRequestWithTheReturnedRequestId) {
    TemporaryDirectory scratch;
    const auto logFile = scratch / "access.log";
    RecopsdProcess recopsd(
        RecopsdOptions{.arguments = {"--set", "log.access=" + logFile.string()}});

    std::set<std::string> returnedIds;
    returnedIds.insert(
        httpRequest(recopsd.url(), "GET", "/healthz", {{"X-Request-Id", "from-the-client"}})
            .header("X-Request-Id"));
    returnedIds.insert(httpRequest(recopsd.url(), "GET", "/readyz").header("X-Request-Id"));
    returnedIds.insert(httpRequest(recopsd.url(), "GET", "/api/v1/tokens/0123456789abcdef?x=1")
                           .header("X-Request-Id"));
    returnedIds.insert(httpRequest(recopsd.url(), "GET", "/nowhere").header("X-Request-Id"));
    ASSERT_EQ(returnedIds.size(), 4u);
    EXPECT_TRUE(returnedIds.count("from-the-client"));
    ASSERT_EQ(recopsd.stop(), 0);  // stopping flushes the log

    const auto lines = accessLines(readFile(logFile));
    ASSERT_EQ(lines.size(), 4u);
    std::set<std::string> loggedIds;
    for (const auto& line : lines) {
        loggedIds.insert(line["request_id"].get<std::string>());
        std::vector<std::string> keys;
        for (const auto& [key, value] : line.items()) {
            keys.push_back(key);
        }
        EXPECT_THAT(keys, UnorderedElementsAre("time", "request_id", "method", "route", "path",
                                               "status", "duration_ms", "bytes", "remote"));
        EXPECT_EQ(line["method"], "GET");
        EXPECT_GE(line["duration_ms"].get<double>(), 0.0);
        EXPECT_GT(line["bytes"].get<int>(), 0);
        EXPECT_TRUE(line["remote"].get<std::string>().starts_with("127.0.0.1:"));
        EXPECT_TRUE(line["time"].get<std::string>().ends_with("Z"));
    }
    EXPECT_EQ(loggedIds, returnedIds);

    const auto find = [&](const std::string& path) {
        for (const auto& line : lines) {
            if (line["path"] == path) {
                return line;
            }
        }
        return nlohmann::json();
    };
    EXPECT_EQ(find("/healthz")["status"], 200);
    EXPECT_EQ(find("/readyz")["status"], 503);
    EXPECT_EQ(find("/api/v1/tokens/0123456789abcdef")["route"], "/api/v1/tokens/{id}");
    EXPECT_EQ(find("/api/v1/tokens/0123456789abcdef")["status"], 401);
    EXPECT_EQ(find("/nowhere")["route"], "unmatched");
}

TEST(ServerAccessLogTest, GoesToStandardErrorByDefaultBesideTheApplicationLog) {
    RecopsdProcess recopsd;
    const std::string id = httpRequest(recopsd.url(), "GET", "/healthz").header("X-Request-Id");
    ASSERT_EQ(recopsd.stop(), 0);
    const auto lines = accessLines(recopsd.standardError());
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0]["request_id"], id);
}

TEST(ServerAccessLogTest, OffWritesNoAccessLines) {
    RecopsdProcess recopsd(RecopsdOptions{.arguments = {"--set", "log.access=off"}});
    httpRequest(recopsd.url(), "GET", "/healthz");
    ASSERT_EQ(recopsd.stop(), 0);
    EXPECT_TRUE(accessLines(recopsd.standardError()).empty());
}

}  // namespace
}  // namespace recops::testing
