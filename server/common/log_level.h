// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>
#include <string_view>

namespace recops::common {

enum class LogLevel { Debug, Info, Warning, Error };

/// "debug", "info", "warning" or "error".
std::string_view logLevelName(LogLevel level);

/// The level named @p name (as written by logLevelName), or nothing.
std::optional<LogLevel> parseLogLevel(std::string_view name);

}  // namespace recops::common
