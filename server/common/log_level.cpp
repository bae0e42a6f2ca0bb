// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/log_level.h"

#include <array>

namespace recops::common {
namespace {

constexpr std::array<std::pair<LogLevel, std::string_view>, 4> kNames{{
    {LogLevel::Debug, "debug"},
    {LogLevel::Info, "info"},
    {LogLevel::Warning, "warning"},
    {LogLevel::Error, "error"},
}};

}  // namespace

std::string_view logLevelName(LogLevel level) {
    for (const auto& [candidate, name] : kNames) {
        if (candidate == level) {
            return name;
        }
    }
    return "unknown";
}

std::optional<LogLevel> parseLogLevel(std::string_view name) {
    for (const auto& [level, candidate] : kNames) {
        if (candidate == name) {
            return level;
        }
    }
    return std::nullopt;
}

}  // namespace recops::common
