// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "cli/command_action.h"

namespace CLI {
class App;
}

namespace recops::cli {

/**
 * `recopsd token create|list|revoke`: manage API tokens directly in the database, also while
 * the server runs (it notices within auth.token_refresh_ms). `create` prints the token, and
 * only the token, on standard output: it is shown this once and stored only as a digest.
 */
void addTokenCommands(CLI::App& app, CommandAction& action);

}  // namespace recops::cli
