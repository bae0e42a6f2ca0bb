// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "cli/command_action.h"

namespace CLI {
class App;
}

namespace recops::cli {

/// `recopsd generate` (a synthetic dataset) and `recopsd import` (events and items from files).
void addDataCommands(CLI::App& app, CommandAction& action);

}  // namespace recops::cli
