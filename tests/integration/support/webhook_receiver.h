// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::testing {

/// A request the receiver was sent.
struct ReceivedRequest {
    std::string method;
    std::string target;
    std::string contentType;
    std::string userAgent;
    std::string body;
    /// What the receiver answered.
    unsigned answeredStatus = 200;

    nlohmann::json json() const { return nlohmann::json::parse(body); }
};

/**
 * A real HTTP server on 127.0.0.1 (an ephemeral port), for tests of what recopsd posts:
 * Slack, PagerDuty and Alertmanager receivers stand-ins. It records every request and answers
 * each path from a script of statuses (then 200), on a thread of its own, built on Boost.Beast
 * like the rest of the test support.
 *
 *     WebhookReceiver receiver;
 *     receiver.script("/slack", {500, 500});     // fail twice, then accept
 *     ... point a contact at receiver.url() + "/slack" ...
 *     auto posts = receiver.waitForRequests("/slack", 3);
 */
class WebhookReceiver {
public:
    WebhookReceiver();
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver&) = delete;
    WebhookReceiver& operator=(const WebhookReceiver&) = delete;

    /// "http://127.0.0.1:PORT".
    std::string url() const;

    /// The next requests to @p path get these statuses in turn; later ones get 200.
    void script(const std::string& path, std::vector<unsigned> statuses);

    /// Every request to @p path so far.
    std::vector<ReceivedRequest> requests(const std::string& path) const;

    /// Waits (at most @p timeout) until @p path received @p count requests; what it received
    /// (fewer when the time ran out).
    std::vector<ReceivedRequest> waitForRequests(
        const std::string& path, std::size_t count,
        std::chrono::milliseconds timeout = std::chrono::seconds(20)) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
    std::thread m_thread;
};

}  // namespace recops::testing
