// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/window_request_observer.h"

#include "monitoring/rolling_windows.h"

namespace recops::service {

bool WindowRequestObserver::counts(std::string_view route) {
    return route != "/healthz" && route != "/readyz" && route != "/metrics";
}

void WindowRequestObserver::observe(std::string_view route, unsigned status,
                                    double durationSeconds) {
    if (counts(route)) {
        m_windows.recordRequest(status, durationSeconds);
    }
}

}  // namespace recops::service
