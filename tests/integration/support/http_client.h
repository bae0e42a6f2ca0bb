// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::testing {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

/// A response as the test sees it.
struct HttpResponse {
    unsigned status = 0;
    HttpHeaders headers;
    std::string body;
    bool keepAlive = false;

    /// The value of header @p name (case-insensitive), empty when absent.
    std::string header(std::string_view name) const;
    bool hasHeader(std::string_view name) const;
    nlohmann::json json() const { return nlohmann::json::parse(body); }
};

/**
 * One HTTP/1.1 connection to recopsd, built on Boost.Beast, for tests that care about the
 * connection itself: several requests on it (keep-alive), raw bytes (half a request, a
 * malformed one), interim responses (100 Continue), or the server closing it.
 *
 * Every operation has a deadline (default 10 s) and throws std::runtime_error when it passes
 * or the connection fails, so a misbehaving server fails a test instead of hanging it.
 */
class HttpConnection {
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{10'000};

    /// Connects to the host and port of @p url ("http://127.0.0.1:PORT").
    explicit HttpConnection(const std::string& url);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    /// Sends a request and reads its response. A body gets Content-Length; Host is added.
    HttpResponse request(const std::string& method, const std::string& target,
                         const HttpHeaders& headers = {}, const std::string& body = {});

    /// Sends @p bytes as they are.
    void sendRaw(std::string_view bytes);

    /// Reads the next response (an interim 100 Continue included).
    HttpResponse readResponse(std::chrono::milliseconds timeout = kDefaultTimeout);

    /// Whether the server closes the connection within @p timeout (anything it still sends is
    /// read and dropped).
    bool closedByServerWithin(std::chrono::milliseconds timeout);

    /// The raw bytes the server sends until it closes the connection; throws when it has not
    /// closed within @p timeout. For responses a parser cannot frame (the answer to HEAD).
    std::string readUntilClosed(std::chrono::milliseconds timeout = kDefaultTimeout);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// One request on a fresh connection.
HttpResponse httpRequest(const std::string& url, const std::string& method,
                         const std::string& target, const HttpHeaders& headers = {},
                         const std::string& body = {});

/// {"Authorization", "Bearer TOKEN"}.
std::pair<std::string, std::string> bearer(const std::string& token);

/// Whether a TCP connection to @p url's port is refused (nothing listens any more).
bool connectionRefused(const std::string& url);

}  // namespace recops::testing
