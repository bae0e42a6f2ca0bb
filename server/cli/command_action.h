// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <functional>

namespace recops::cli {

/// What the chosen subcommand does once the command line is parsed; returns the exit code.
/// Subcommands report failures by throwing; runRecopsd() turns them into one line on stderr.
using CommandAction = std::function<int()>;

}  // namespace recops::cli
