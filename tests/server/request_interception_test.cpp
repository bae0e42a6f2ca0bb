// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// What the dispatcher does with a request interceptor (drills) and a request observer (the
// rolling windows): the interceptor's problem replaces the handler, its hold is reported for
// the session to wait on, the observer sees every request with its route template, and a
// request's duration counts from when it was received.
#include "common/log_sink.h"
#include "common/logger.h"
#include "http/access_log.h"
#include "http/request_dispatcher.h"
#include "http/request_interceptor.h"
#include "http/request_metrics.h"
#include "http/request_observer.h"
#include "http/responses.h"
#include "http/router.h"
#include "metrics/registry.h"
#include "server/support/temporary_directory.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::http {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class FixedInterceptor final : public RequestInterceptor {
public:
    std::chrono::milliseconds holdBefore(std::string_view path) const override {
        return path.starts_with("/slow") ? std::chrono::milliseconds(250)
                                         : std::chrono::milliseconds(0);
    }
    std::optional<Problem> replace(std::string_view path) const override {
        if (path.starts_with("/broken")) {
            return Problem{ProblemType::InjectedFault, "drill"};
        }
        return std::nullopt;
    }
};

struct Observed {
    std::string route;
    unsigned status;
    double durationSeconds;
};

class RecordingObserver final : public RequestObserver {
public:
    void observe(std::string_view route, unsigned status, double durationSeconds) override {
        observed.push_back({std::string(route), status, durationSeconds});
    }
    std::vector<Observed> observed;
};

Router makeRouter() {
    Router router;
    for (const char* path : {"/slow", "/broken", "/fine"}) {
        router.add(Verb::get, path, [](const RequestContext&) {
            return jsonResponse(Status::ok, {{"handled", true}});
        });
    }
    router.add(Verb::get, "/items/{id}", [](const RequestContext&) { return noContentResponse(); });
    return router;
}

class RequestInterceptionTest : public ::testing::Test {
protected:
    Response get(std::string_view target, std::chrono::steady_clock::time_point received =
                                              std::chrono::steady_clock::now()) {
        return m_dispatcher.dispatch(Request(Verb::get, target, 11), "127.0.0.1:1", received);
    }

    testing::TemporaryDirectory m_directory;
    std::unique_ptr<common::LogSink> m_sink =
        common::LogSink::openFile((m_directory / "app.log").string());
    common::Logger m_logger{*m_sink, common::LogLevel::Info};
    AccessLog m_accessLog{nullptr, std::chrono::hours(1)};
    metrics::Registry m_registry;
    Router m_router = makeRouter();
    RecordingObserver m_observer;
    FixedInterceptor m_interceptor;
    RequestMetrics m_metrics{m_registry, m_router.patterns(), &m_observer};
    RequestDispatcher m_dispatcher{m_router, m_metrics, m_accessLog, m_logger, {}, &m_interceptor};
};

TEST_F(RequestInterceptionTest, TheInterceptorsProblemReplacesTheHandler) {
    const Response broken = get("/broken");
    EXPECT_EQ(broken.result(), Status::service_unavailable);
    EXPECT_THAT(broken.body(), HasSubstr("urn:recops:problem:injected-fault"));
    EXPECT_EQ(get("/fine").result(), Status::ok);
}

TEST_F(RequestInterceptionTest, TheHoldIsAskedPerPathWithoutTheQuery) {
    EXPECT_EQ(m_dispatcher.holdBefore(Request(Verb::get, "/slow?x=1", 11)),
              std::chrono::milliseconds(250));
    EXPECT_EQ(m_dispatcher.holdBefore(Request(Verb::get, "/fine", 11)),
              std::chrono::milliseconds(0));
}

TEST_F(RequestInterceptionTest, TheObserverSeesEveryRequestTimedFromItsArrival) {
    get("/fine");
    get("/items/3");
    get("/nowhere");
    // Received 300 ms ago (as after a hold): the duration counts from then.
    get("/slow", std::chrono::steady_clock::now() - std::chrono::milliseconds(300));
    ASSERT_EQ(m_observer.observed.size(), 4u);
    EXPECT_EQ(m_observer.observed[0].route, "/fine");
    EXPECT_EQ(m_observer.observed[1].route, "/items/{id}");
    EXPECT_EQ(m_observer.observed[1].status, 204u);
    EXPECT_EQ(m_observer.observed[2].route, "unmatched");
    EXPECT_EQ(m_observer.observed[2].status, 404u);
    EXPECT_GE(m_observer.observed[3].durationSeconds, 0.3);
    EXPECT_THAT(m_registry.expose(),
                HasSubstr("http_request_duration_seconds_bucket{route=\"/slow\",le=\"0.5\"} 1"));
    EXPECT_THAT(m_registry.expose(),
                HasSubstr("http_request_duration_seconds_bucket{route=\"/slow\",le=\"0.25\"} 0"));
}

}  // namespace
}  // namespace recops::http
