// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Replays the error cases of cases/*.json (each with a name and a description) against the
// real recopsd, and checks every answer is a complete RFC 9457 problem: every route's bad
// input, missing resources, roles, and the limits on headers and bodies.
#include "integration/support/child_process.h"
#include "integration/support/http_client.h"
#include "integration/support/recopsd_process.h"

#include <filesystem>
#include <fstream>
#include <map>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::testing {
namespace {

using ::testing::HasSubstr;

class ServerErrorsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_scratch = new TemporaryDirectory();
        const auto data = *s_scratch / "data";
        s_tokens = new std::map<std::string, std::string>{
            {"admin", createToken(data, "admin", "admin")},
            {"operator", createToken(data, "operator", "operator")},
            {"client", createToken(data, "client", "client")},
            {"viewer", createToken(data, "viewer", "viewer")}};
        // No model is trained: recommendation routes check their input, then answer 503.
        s_recopsd = new RecopsdProcess(RecopsdOptions{
            .dataDirectory = data,
            .arguments = {"--set", "server.max_header_bytes=2048", "--set",
                          "server.max_body_bytes=4096", "--set", "ingest.max_batch_events=3"}});
    }

    static void TearDownTestSuite() {
        delete s_recopsd;
        delete s_tokens;
        delete s_scratch;
    }

    static inline TemporaryDirectory* s_scratch = nullptr;
    static inline std::map<std::string, std::string>* s_tokens = nullptr;
    static inline RecopsdProcess* s_recopsd = nullptr;
};

/// The cases of every file in cases/, one file per area of the API.
nlohmann::json loadCases() {
    nlohmann::json cases = nlohmann::json::array();
    const std::filesystem::path directory =
        requiredEnvironment("RECOPS_SOURCE_DIR") + "/tests/integration/cases";
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        if (entry.path().extension() == ".json") {
            std::ifstream file(entry.path());
            for (nlohmann::json& testCase : nlohmann::json::parse(file)) {
                cases.push_back(std::move(testCase));
            }
        }
    }
    return cases;
}

HttpResponse send(HttpConnection& connection, const nlohmann::json& testCase,
                  const std::map<std::string, std::string>& tokens) {
    if (testCase.contains("raw")) {
        connection.sendRaw(testCase["raw"].get<std::string>());
        return connection.readResponse();
    }
    const nlohmann::json& request = testCase["request"];
    HttpHeaders headers;
    const nlohmann::json requestHeaders = request.value("headers", nlohmann::json::object());
    for (const auto& [name, value] : requestHeaders.items()) {
        headers.emplace_back(name, value.get<std::string>());
    }
    if (testCase.contains("token")) {
        headers.push_back(bearer(tokens.at(testCase["token"].get<std::string>())));
    }
    if (request.contains("header_bytes")) {
        headers.emplace_back("X-Padding",
                             std::string(request["header_bytes"].get<std::size_t>(), 'p'));
    }
    const std::string body = request.contains("body_bytes")
                                 ? std::string(request["body_bytes"].get<std::size_t>(), 'x')
                                 : request.value("body", std::string());
    return connection.request(request["method"], request["target"], headers, body);
}

/// Sends every case of cases/ and checks its problem.
void replay(const std::string& url, const std::map<std::string, std::string>& tokens) {
    const nlohmann::json cases = loadCases();
    ASSERT_FALSE(cases.empty());
    for (const nlohmann::json& testCase : cases) {
        SCOPED_TRACE(testCase["name"].get<std::string>() + ": " +
                     testCase["description"].get<std::string>());
        HttpConnection connection(url);
        const HttpResponse response = send(connection, testCase, tokens);
        const nlohmann::json& expect = testCase["expect"];

        EXPECT_EQ(response.status, expect["status"].get<unsigned>());
        EXPECT_EQ(response.header("Content-Type"), "application/problem+json");
        const auto problem = response.json();
        EXPECT_EQ(problem["type"], expect["type"]);
        EXPECT_EQ(problem["status"], expect["status"]);
        EXPECT_TRUE(problem["title"].is_string() && !problem["title"].get<std::string>().empty());
        EXPECT_TRUE(problem["detail"].is_string());
        EXPECT_EQ(problem["request_id"], response.header("X-Request-Id"));
        if (expect.contains("detail")) {
            EXPECT_EQ(problem["detail"], expect["detail"]);
        }
        if (expect.contains("detail_contains")) {
            EXPECT_THAT(problem["detail"].get<std::string>(),
                        HasSubstr(expect["detail_contains"].get<std::string>()));
        }
        // Held in locals: items() views its object, which must outlive the loop.
        const nlohmann::json members = expect.value("members", nlohmann::json::object());
        const nlohmann::json headers = expect.value("headers", nlohmann::json::object());
        for (const auto& [member, value] : members.items()) {
            EXPECT_EQ(problem[member], value) << member;
        }
        for (const auto& [name, value] : headers.items()) {
            EXPECT_EQ(response.header(name), value.get<std::string>()) << name;
        }
        if (expect.value("closes", false)) {
            EXPECT_FALSE(response.keepAlive);
            EXPECT_TRUE(connection.closedByServerWithin(std::chrono::seconds(5)));
        } else {
            EXPECT_TRUE(response.keepAlive);
            // The connection survives the error: the next request on it is answered.
            EXPECT_EQ(connection.request("GET", "/healthz").status, 200u);
        }
    }
}

TEST_F(ServerErrorsTest, EveryCaseGetsItsProblem) {
    replay(s_recopsd->url(), *s_tokens);
}

TEST_F(ServerErrorsTest, AnIncomingRequestIdIsEchoedInTheProblem) {
    const HttpResponse response =
        httpRequest(s_recopsd->url(), "GET", "/nowhere", {{"X-Request-Id", "trace-4711"}});
    EXPECT_EQ(response.header("X-Request-Id"), "trace-4711");
    EXPECT_EQ(response.json()["request_id"], "trace-4711");
}

TEST_F(ServerErrorsTest, AnOversizedBodyAnnouncedWithExpectContinueIsRefusedBeforeItIsSent) {
    HttpConnection connection(s_recopsd->url());
    connection.sendRaw(
        "POST /api/v1/tokens HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
        "Content-Length: 100000\r\nExpect: 100-continue\r\n\r\n");
    const HttpResponse response = connection.readResponse();
    EXPECT_EQ(response.status, 413u);
}

}  // namespace
}  // namespace recops::testing
