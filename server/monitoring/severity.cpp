// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/severity.h"

namespace recops::monitoring {

std::string_view severityName(Severity severity) {
    switch (severity) {
        case Severity::Info:
            return "info";
        case Severity::Warning:
            return "warning";
        case Severity::Critical:
            return "critical";
    }
    return "warning";
}

std::optional<Severity> parseSeverity(std::string_view name) {
    for (Severity severity : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (severityName(severity) == name) {
            return severity;
        }
    }
    return std::nullopt;
}

}  // namespace recops::monitoring
