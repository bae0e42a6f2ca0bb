// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/configuration.h"
#include "config/settings_table.h"

#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace recops::config {

/// Everything the effective configuration is built from.
struct ConfigurationSources {
    std::optional<std::filesystem::path> file;
    std::map<std::string, std::string> environment;
    /// "section.key=value" items, in command-line order.
    std::vector<std::string> overrides;
};

/**
 * Layers defaults < file < environment < --set into one Configuration.
 *
 * Reads every layer before deciding, so a ConfigError lists all the problems at once; no
 * layer is half applied.
 */
Configuration loadConfiguration(const ConfigurationSources& sources,
                                std::span<const SettingDefinition> table = settingsTable());

}  // namespace recops::config
