// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "cli/command_action.h"

namespace CLI {
class App;
}

namespace recops::cli {

/**
 * `recopsd backup` and `recopsd restore`: the same backups and restores as the HTTP API, for
 * when the server is down. Both take the data directory lock, so they refuse to run while a
 * server (or another of them) holds it, and both first finish or discard a restore that a
 * crash interrupted. `backup` prints the new backup's directory, and only that, on standard
 * output. Both are recorded in the audit log as the command line's.
 */
void addBackupCommands(CLI::App& app, CommandAction& action);

}  // namespace recops::cli
