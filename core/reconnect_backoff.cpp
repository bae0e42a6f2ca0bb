// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/reconnect_backoff.h"

#include <algorithm>
#include <cmath>

namespace recops::console {

ReconnectBackoff::ReconnectBackoff(BackoffPolicy policy, quint32 seed)
    : m_policy(policy), m_random(seed) {}

int ReconnectBackoff::nominalDelayMs(const BackoffPolicy& policy, int attempt) {
    const double grown =
        policy.initialDelayMs * std::pow(policy.multiplier, std::max(0, attempt - 1));
    return static_cast<int>(std::min<double>(grown, policy.maximumDelayMs));
}

int ReconnectBackoff::nextDelayMs() {
    ++m_attempts;
    const int nominal = nominalDelayMs(m_policy, m_attempts);
    if (m_policy.jitterFraction <= 0.0) {
        return nominal;
    }
    const double spread = (m_random.generateDouble() * 2.0 - 1.0) * m_policy.jitterFraction;
    const double jittered = nominal * (1.0 + spread);
    return std::clamp(static_cast<int>(std::lround(jittered)), 1, m_policy.maximumDelayMs);
}

}  // namespace recops::console
