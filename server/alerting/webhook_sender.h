// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace recops::alerting {

/// What one POST came to.
struct WebhookResult {
    /// The receiver's status; nothing when no response came.
    std::optional<long> httpStatus;
    /// Why it failed ("connection refused", "timed out after 5000 ms", "HTTP 500"); empty
    /// for a 2xx.
    std::string error;
    std::chrono::milliseconds duration{0};

    bool delivered() const { return httpStatus && *httpStatus >= 200 && *httpStatus < 300; }
};

/// Posts a JSON body to a URL and waits (at most @p timeout) for the answer.
class WebhookSender {
public:
    virtual ~WebhookSender() = default;
    virtual WebhookResult post(const std::string& url, const std::string& jsonBody,
                               std::chrono::milliseconds timeout) = 0;
};

}  // namespace recops::alerting
