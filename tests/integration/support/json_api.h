// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "integration/support/http_client.h"

#include <atomic>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

namespace recops::testing {

/**
 * One caller of recopsd's API with a token, for tests that talk JSON: each call is one
 * request on a fresh connection, with the bearer token and, for a body, Content-Type
 * application/json.
 */
class JsonApi {
public:
    JsonApi(std::string url, std::string token)
        : m_url(std::move(url)), m_token(std::move(token)) {}

    HttpResponse get(const std::string& target) const;
    HttpResponse post(const std::string& target, const nlohmann::json& body) const;
    HttpResponse put(const std::string& target, const nlohmann::json& body) const;
    HttpResponse remove(const std::string& target) const;

    /// GET @p target, which must answer 200; its body.
    nlohmann::json getJson(const std::string& target) const;

private:
    HttpResponse send(const std::string& method, const std::string& target,
                      const std::string& body) const;

    std::string m_url;
    std::string m_token;
};

/// GET @p target in a loop on a thread of its own until destroyed: API traffic for the rolling
/// windows to measure (and for a latency drill to slow down).
class ApiTraffic {
public:
    ApiTraffic(JsonApi api, std::string target = "/api/v1/whoami");
    ~ApiTraffic();
    ApiTraffic(const ApiTraffic&) = delete;
    ApiTraffic& operator=(const ApiTraffic&) = delete;

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

}  // namespace recops::testing
