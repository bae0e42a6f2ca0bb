// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::cli {

/**
 * recopsd's main(): parses the command line, runs the chosen subcommand, and turns any
 * failure into one line per problem on standard error. Exit codes: 0 success, 1 failure at run
 * time, 2 invalid configuration, CLI11's codes (above 100) for a malformed command line.
 */
int runRecopsd(int argc, char** argv);

}  // namespace recops::cli
