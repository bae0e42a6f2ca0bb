// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/configuration_options.h"

#include "config/configuration_loader.h"
#include "config/environment_layer.h"
#include "service/backup_setup.h"
#include "service/data_directory.h"
#include "service/storage_factory.h"

#include <CLI/CLI.hpp>

namespace recops::cli {

void ConfigurationOptions::addTo(CLI::App& command) {
    command
        .add_option("--config", file, "TOML configuration file ([server], [auth], ... sections)")
        ->type_name("FILE");
    command
        .add_option("--set", overrides,
                    "Override one setting, for example --set server.threads=4 (repeatable; "
                    "wins over the file and RECOPSD_* environment variables)")
        ->type_name("KEY=VALUE");
}

config::Configuration ConfigurationOptions::load(
    const std::vector<std::string>& lastOverrides) const {
    config::ConfigurationSources sources;
    if (!file.empty()) {
        sources.file = file;
    }
    sources.environment = config::processEnvironment();
    sources.overrides = overrides;
    sources.overrides.insert(sources.overrides.end(), lastOverrides.begin(), lastOverrides.end());
    return config::loadConfiguration(sources);
}

void DataDirectoryOption::addTo(CLI::App& command) {
    command.add_option("--data-dir", path, "Directory of the database (created when missing)")
        ->type_name("DIR")
        ->required();
}

void StorageOptions::addTo(CLI::App& command) {
    dataDirectory.addTo(command);
    configuration.addTo(command);
}

std::filesystem::path StorageOptions::directory() const {
    return service::prepareDataDirectory(dataDirectory.path);
}

std::unique_ptr<store::Storage> StorageOptions::open(const config::Configuration& loaded) const {
    const auto prepared = directory();
    // A restore that committed but did not finish must be finished by the next `serve` (or
    // `restore`) before anything else writes to the old database.
    service::refuseIfRestorePending(prepared);
    return service::openStorage(loaded, prepared);
}

}  // namespace recops::cli
