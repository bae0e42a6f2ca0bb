// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/access_log_entry.h"

#include "common/json_string.h"
#include "common/timestamp.h"

#include <charconv>

namespace recops::http {

void appendAccessLogLine(std::string& out, const AccessLogEntry& entry) {
    using common::appendJsonString;
    out += "{\"time\":\"";
    common::appendTimestamp(out, entry.time);
    out += "\",\"request_id\":";
    appendJsonString(out, entry.requestId);
    out += ",\"method\":";
    appendJsonString(out, entry.method);
    out += ",\"route\":";
    appendJsonString(out, entry.route);
    out += ",\"path\":";
    appendJsonString(out, entry.path);
    out += ",\"status\":";
    out += std::to_string(entry.status);
    out += ",\"duration_ms\":";
    char duration[32];
    // Microsecond resolution is all a log reader needs; fixed notation keeps it valid JSON.
    const auto written = std::to_chars(duration, duration + sizeof duration, entry.durationMs,
                                       std::chars_format::fixed, 3);
    out.append(duration, written.ptr);
    out += ",\"bytes\":";
    out += std::to_string(entry.bytes);
    out += ",\"remote\":";
    appendJsonString(out, entry.remote);
    out += "}\n";
}

}  // namespace recops::http
