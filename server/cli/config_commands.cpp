// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/config_commands.h"

#include "cli/configuration_options.h"
#include "config/configuration_report.h"
#include "config/settings_reference.h"
#include "config/settings_table.h"

#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

namespace recops::cli {

void addConfigCommands(CLI::App& app, CommandAction& action) {
    CLI::App* group = app.add_subcommand("config", "Inspect the configuration");
    group->require_subcommand(1);

    auto showOptions = std::make_shared<ConfigurationOptions>();
    CLI::App* show = group->add_subcommand(
        "show",
        "Print the effective configuration and where each value came from (secrets redacted)");
    showOptions->addTo(*show);
    show->footer(
        "Layers, later winning: defaults < --config file < RECOPSD_SECTION_KEY environment "
        "variables < --set.");
    show->callback([&action, showOptions] {
        action = [showOptions] {
            std::cout << config::renderConfigurationReport(showOptions->load()) << std::flush;
            return 0;
        };
    });

    CLI::App* reference =
        group->add_subcommand("reference", "Print every setting as a Markdown table");
    reference->callback([&action] {
        action = [] {
            std::cout << config::renderSettingsReference(config::settingsTable()) << std::flush;
            return 0;
        };
    });
}

}  // namespace recops::cli
