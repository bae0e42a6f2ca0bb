// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "cli/command_action.h"

namespace CLI {
class App;
}

namespace recops::cli {

/**
 * `recopsd config show`: the effective configuration, each value with where it came from,
 * secrets redacted. `recopsd config reference`: every setting as a Markdown table (the one in
 * docs/server.md).
 */
void addConfigCommands(CLI::App& app, CommandAction& action);

}  // namespace recops::cli
