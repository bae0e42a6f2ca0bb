// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/recopsd_command_line.h"

#include "cli/backup_commands.h"
#include "cli/command_action.h"
#include "cli/config_commands.h"
#include "cli/data_commands.h"
#include "cli/model_commands.h"
#include "cli/serve_command.h"
#include "cli/token_commands.h"
#include "common/version.h"
#include "config/config_error.h"

#include <exception>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

namespace recops::cli {
namespace {

constexpr int kRunFailed = 1;
constexpr int kInvalidConfiguration = 2;

/// The one place where a subcommand's failure becomes a message and an exit code.
int runReportingFailures(const CommandAction& action) {
    try {
        return action();
    } catch (const config::ConfigError& error) {
        for (const std::string& problem : error.problems()) {
            std::cerr << "recopsd: " << problem << '\n';
        }
        return kInvalidConfiguration;
    } catch (const std::exception& error) {
        std::cerr << "recopsd: " << error.what() << '\n';
        return kRunFailed;
    }
}

}  // namespace

int runRecopsd(int argc, char** argv) {
    CLI::App app("recopsd, the RecOps recommendation server", "recopsd");
    app.set_version_flag("--version", std::string("recopsd ") + common::kVersion);
    app.require_subcommand(1);
    app.footer(
        "Run `recopsd SUBCOMMAND --help` for each subcommand's options.\n"
        "Documentation: docs/server.md; HTTP API: docs/openapi.yaml.");

    CommandAction action;
    addServeCommand(app, action);
    addDataCommands(app, action);
    addModelCommands(app, action);
    addTokenCommands(app, action);
    addConfigCommands(app, action);
    addBackupCommands(app, action);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error);
    }
    return runReportingFailures(action);
}

}  // namespace recops::cli
