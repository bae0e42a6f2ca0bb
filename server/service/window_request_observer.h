// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/request_observer.h"

namespace recops::monitoring {
class RollingWindows;
}

namespace recops::service {

/**
 * Feeds every answered request into the rolling windows, except the probes (/healthz,
 * /readyz, /metrics): load balancers and Prometheus call them on a schedule, and counting
 * them would dilute the service's latency and error figures with requests no client made.
 */
class WindowRequestObserver final : public http::RequestObserver {
public:
    explicit WindowRequestObserver(monitoring::RollingWindows& windows) : m_windows(windows) {}

    void observe(std::string_view route, unsigned status, double durationSeconds) override;

    /// Whether requests to @p route count in the windows.
    static bool counts(std::string_view route);

private:
    monitoring::RollingWindows& m_windows;
};

}  // namespace recops::service
