// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/request_interceptor.h"

namespace recops::drills {
class FaultInjector;
}

namespace recops::service {

/**
 * Applies the latency and errors drills to API requests (paths under /api/): a latency
 * fault holds each one back by its magnitude in milliseconds (an Asio timer in the session,
 * the event loop keeps serving), an errors fault answers a share of them 503
 * urn:recops:problem:injected-fault. The fault endpoints themselves (/api/v1/admin/faults)
 * are exempt, so a drill can always be ended; probes are not API requests.
 */
class FaultInterceptor final : public http::RequestInterceptor {
public:
    explicit FaultInterceptor(const drills::FaultInjector& faults) : m_faults(faults) {}

    std::chrono::milliseconds holdBefore(std::string_view path) const override;
    std::optional<http::Problem> replace(std::string_view path) const override;

    /// Whether a request for @p path is one the drills act on.
    static bool affects(std::string_view path);

private:
    const drills::FaultInjector& m_faults;
};

}  // namespace recops::service
