// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "cli/command_action.h"

namespace CLI {
class App;
}

namespace recops::cli {

/// `recopsd train` (evaluate, train, register, optionally promote) and `recopsd evaluate`
/// (the offline evaluation alone).
void addModelCommands(CLI::App& app, CommandAction& action);

}  // namespace recops::cli
