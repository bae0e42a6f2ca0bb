// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/webhook_sender.h"

#include <chrono>

namespace recops::alerting {

/// How hard to try delivering a notification.
struct RetryPolicy {
    /// Tries in all, the first included.
    int maxAttempts = 5;
    std::chrono::milliseconds initialBackoff{1000};
    std::chrono::milliseconds maxBackoff{60'000};
    /// Per try, connecting included.
    std::chrono::milliseconds timeout{5000};

    /// The wait after failed try number @p attempt (1 for the first): initialBackoff doubled
    /// per further try, at most maxBackoff.
    std::chrono::milliseconds backoffAfter(int attempt) const;

    /// Whether a failure may succeed if tried again: no response, 408, 429 or a 5xx. Other
    /// 4xx mean the receiver refuses the request as it is, and will again.
    static bool isRetryable(const WebhookResult& result);
};

}  // namespace recops::alerting
