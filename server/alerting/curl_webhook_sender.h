// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/webhook_sender.h"

namespace recops::alerting {

/**
 * WebhookSender over libcurl's easy interface, one handle per post: HTTP and HTTPS only,
 * no redirects followed (a webhook that moved is a configuration to fix, not to chase),
 * no signals (safe on any thread), the response body read and dropped.
 */
class CurlWebhookSender final : public WebhookSender {
public:
    /// Initialises libcurl once for the process.
    CurlWebhookSender();

    WebhookResult post(const std::string& url, const std::string& jsonBody,
                       std::chrono::milliseconds timeout) override;
};

}  // namespace recops::alerting
