// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/configuration.h"
#include "store/storage.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace recops::cli {

/// --config FILE and --set KEY=VALUE, shared by every subcommand that reads the configuration.
struct ConfigurationOptions {
    std::string file;
    std::vector<std::string> overrides;

    void addTo(CLI::App& command);

    /// Defaults < file < RECOPSD_* environment < overrides, then @p lastOverrides (flags such as
    /// --listen that are shorthands for one setting). Throws config::ConfigError.
    config::Configuration load(const std::vector<std::string>& lastOverrides = {}) const;
};

/// --data-dir DIR, required.
struct DataDirectoryOption {
    std::string path;

    void addTo(CLI::App& command);
};

/// --data-dir, --config and --set: what every subcommand that opens the store takes.
struct StorageOptions {
    DataDirectoryOption dataDirectory;
    ConfigurationOptions configuration;

    void addTo(CLI::App& command);

    /// The data directory, prepared (created when missing).
    std::filesystem::path directory() const;
    /// The store the configuration names, open and migrated.
    std::unique_ptr<store::Storage> open(const config::Configuration& loaded) const;
};

}  // namespace recops::cli
