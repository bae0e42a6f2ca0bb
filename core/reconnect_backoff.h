// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QRandomGenerator>

namespace recops::console {

/// How the delays between reconnection attempts grow.
struct BackoffPolicy {
    int initialDelayMs = 1'000;
    double multiplier = 2.0;
    int maximumDelayMs = 30'000;
    /// Each delay is spread uniformly over ±jitterFraction of its nominal value.
    double jitterFraction = 0.1;
};

/**
 * Delays between attempts to reach a server that stopped answering: exponential, capped,
 * with a little jitter so that many consoles do not knock on a recovering server in step.
 */
class ReconnectBackoff {
public:
    explicit ReconnectBackoff(BackoffPolicy policy = {},
                              quint32 seed = QRandomGenerator::global()->generate());

    /// The delay before the next attempt; each call counts one more failed attempt.
    int nextDelayMs();
    /// Back to the first delay, after a success.
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }
    const BackoffPolicy& policy() const { return m_policy; }

    /// The delay after @p attempt failures (1-based), before jitter.
    static int nominalDelayMs(const BackoffPolicy& policy, int attempt);

private:
    BackoffPolicy m_policy;
    QRandomGenerator m_random;
    int m_attempts = 0;
};

}  // namespace recops::console
