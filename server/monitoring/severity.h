// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>
#include <string_view>

namespace recops::monitoring {

/// How urgent an alert is; the names are the `severity` label Prometheus rules carry too.
enum class Severity { Info, Warning, Critical };

/// "info", "warning" or "critical".
std::string_view severityName(Severity severity);
std::optional<Severity> parseSeverity(std::string_view name);

}  // namespace recops::monitoring
