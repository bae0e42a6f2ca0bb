// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/request_dispatcher.h"

#include "common/log_sink.h"
#include "common/logger.h"
#include "http/access_log.h"
#include "http/request_metrics.h"
#include "http/responses.h"
#include "http/router.h"
#include "metrics/registry.h"
#include "server/support/temporary_directory.h"

#include <stdexcept>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::http {
namespace {

using ::testing::HasSubstr;

/// The dispatcher with real router, metrics and logs (written to files in a temporary
/// directory, so the test can read what was logged).
class RequestDispatcherTest : public ::testing::Test {
protected:
    RequestDispatcherTest() {
        m_router.add(Verb::get, "/items/{id}", [](const RequestContext& context) {
            return jsonResponse(Status::ok,
                                {{"id", context.parameter("id")}, {"query", context.query}});
        });
        m_router.add(Verb::get, "/broken", [](const RequestContext&) -> Response {
            throw std::runtime_error("database exploded");
        });
        m_requestMetrics = std::make_unique<RequestMetrics>(m_registry, m_router.patterns());
        m_dispatcher =
            std::make_unique<RequestDispatcher>(m_router, *m_requestMetrics, m_accessLog, m_logger);
    }

    Response get(const std::string& target, const std::string& requestId = "") {
        Request request(Verb::get, target, 11);
        if (!requestId.empty()) {
            request.set("X-Request-Id", requestId);
        }
        return m_dispatcher->dispatch(request, "127.0.0.1:1");
    }

    testing::TemporaryDirectory m_directory;
    std::unique_ptr<common::LogSink> m_applicationSink =
        common::LogSink::openFile((m_directory / "app.log").string());
    std::unique_ptr<common::LogSink> m_accessSink =
        common::LogSink::openFile((m_directory / "access.log").string());
    common::Logger m_logger{*m_applicationSink, common::LogLevel::Info};
    AccessLog m_accessLog{m_accessSink.get(), std::chrono::hours(1)};
    metrics::Registry m_registry;
    Router m_router;
    std::unique_ptr<RequestMetrics> m_requestMetrics;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
};

TEST_F(RequestDispatcherTest, CallsTheRoutesHandlerWithParametersAndQuery) {
    const Response response = get("/items/42?limit=5");
    EXPECT_EQ(response.result(), Status::ok);
    EXPECT_EQ(nlohmann::json::parse(response.body()),
              (nlohmann::json{{"id", "42"}, {"query", "limit=5"}}));
    EXPECT_EQ(response[Field::content_length], std::to_string(response.body().size()));
}

TEST_F(RequestDispatcherTest, EchoesAWellFormedRequestIdAndMakesOneOtherwise) {
    EXPECT_EQ(get("/items/1", "trace-abc")["X-Request-Id"], "trace-abc");
    const std::string generated(get("/items/1", "bad id")["X-Request-Id"]);
    EXPECT_EQ(generated.size(), 32u);
}

TEST_F(RequestDispatcherTest, AnExceptionBecomesA500ProblemAndALogLineUnderTheSameId) {
    const Response response = get("/broken", "req-500");
    EXPECT_EQ(response.result(), Status::internal_server_error);
    const auto body = nlohmann::json::parse(response.body());
    EXPECT_EQ(body["type"], "urn:recops:problem:internal-error");
    EXPECT_EQ(body["request_id"], "req-500");
    // The cause goes to the log, not to the client.
    EXPECT_THAT(body["detail"].get<std::string>(), ::testing::Not(HasSubstr("database exploded")));
    const auto logged = nlohmann::json::parse(testing::readFile(m_directory / "app.log"));
    EXPECT_EQ(logged["request_id"], "req-500");
    EXPECT_EQ(logged["error"], "database exploded");
    EXPECT_EQ(logged["level"], "error");
}

TEST_F(RequestDispatcherTest, UnknownPathIs404AndWrongMethodIs405WithAllow) {
    EXPECT_EQ(get("/nothing").result(), Status::not_found);
    Request post(Verb::post, "/items/1", 11);
    const Response response = m_dispatcher->dispatch(post, "r");
    EXPECT_EQ(response.result(), Status::method_not_allowed);
    EXPECT_EQ(response[Field::allow], "GET, HEAD");
}

TEST_F(RequestDispatcherTest, HeadAnswersGetsHeadersWithoutTheBody) {
    const Response full = get("/items/7");
    Request head(Verb::head, "/items/7", 11);
    const Response response = m_dispatcher->dispatch(head, "r");
    EXPECT_EQ(response.result(), Status::ok);
    EXPECT_TRUE(response.body().empty());
    EXPECT_EQ(response[Field::content_length], std::to_string(full.body().size()));
}

TEST_F(RequestDispatcherTest, KeepAliveFollowsTheRequestAndRejectionsClose) {
    Request close(Verb::get, "/items/1", 11);
    close.keep_alive(false);
    EXPECT_FALSE(m_dispatcher->dispatch(close, "r").keep_alive());
    EXPECT_TRUE(get("/items/1").keep_alive());
    const Response rejected = m_dispatcher->reject({ProblemType::PayloadTooLarge, "too big"},
                                                   Request(Verb::post, "/items/1", 11), true, "r");
    EXPECT_EQ(rejected.result(), Status::payload_too_large);
    EXPECT_FALSE(rejected.keep_alive());
}

TEST_F(RequestDispatcherTest, RecordsMetricsByRouteTemplateAndLogsEachRequest) {
    get("/items/1", "a");
    get("/items/2", "b");
    get("/nothing", "c");
    const std::string exposition = m_registry.expose();
    EXPECT_THAT(
        exposition,
        HasSubstr("http_requests_total{method=\"GET\",route=\"/items/{id}\",status=\"200\"} 2"));
    EXPECT_THAT(
        exposition,
        HasSubstr("http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1"));
    EXPECT_THAT(exposition,
                HasSubstr("http_request_duration_seconds_count{route=\"/items/{id}\"} 2"));

    m_accessLog.flush();
    const std::string log = testing::readFile(m_directory / "access.log");
    EXPECT_THAT(log, HasSubstr("\"request_id\":\"a\",\"method\":\"GET\",\"route\":\"/items/"
                               "{id}\",\"path\":\"/items/1\",\"status\":200"));
    EXPECT_THAT(log, HasSubstr("\"request_id\":\"c\",\"method\":\"GET\",\"route\":\"unmatched\","
                               "\"path\":\"/nothing\",\"status\":404"));
}

}  // namespace
}  // namespace recops::http
