// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/recopsd_command_line.h"

int main(int argc, char** argv) {
    return recops::cli::runRecopsd(argc, argv);
}
