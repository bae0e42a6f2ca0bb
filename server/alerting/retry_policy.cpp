// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/retry_policy.h"

#include <algorithm>

namespace recops::alerting {

std::chrono::milliseconds RetryPolicy::backoffAfter(int attempt) const {
    std::chrono::milliseconds backoff = initialBackoff;
    for (int index = 1; index < attempt && backoff < maxBackoff; ++index) {
        backoff *= 2;
    }
    return std::min(backoff, maxBackoff);
}

bool RetryPolicy::isRetryable(const WebhookResult& result) {
    if (result.delivered()) {
        return false;
    }
    if (!result.httpStatus) {
        return true;
    }
    const long status = *result.httpStatus;
    return status == 408 || status == 429 || status >= 500;
}

}  // namespace recops::alerting
