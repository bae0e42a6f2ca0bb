// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace recops::http {

/// One answered request, as the access log records it. Views the request's own data.
struct AccessLogEntry {
    std::chrono::system_clock::time_point time;
    std::string_view requestId;
    std::string_view method;
    /// The route template, or "unmatched".
    std::string_view route;
    std::string_view path;
    unsigned status = 0;
    double durationMs = 0.0;
    /// Bytes of the response body.
    std::uint64_t bytes = 0;
    std::string_view remote;
};

/**
 * Appends @p entry as one JSON line:
 * {"time":"...","request_id":"...","method":"GET","route":"/healthz","path":"/healthz",
 *  "status":200,"duration_ms":0.412,"bytes":123,"remote":"127.0.0.1:51234"}
 */
void appendAccessLogLine(std::string& out, const AccessLogEntry& entry);

}  // namespace recops::http
