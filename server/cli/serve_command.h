// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "cli/command_action.h"

namespace CLI {
class App;
}

namespace recops::cli {

/**
 * `recopsd serve`: runs the server until SIGTERM or SIGINT, then stops gracefully and exits 0.
 * Once listening, prints one line on standard output, {"event":"listening","url":"http://..."},
 * so that scripts and tests learn the bound port (with --listen 127.0.0.1:0) without races.
 * SIGHUP reloads the configuration (ConfigurationReloader). Under systemd (NOTIFY_SOCKET set)
 * it sends READY=1 once serving, RELOADING=1 and READY=1 around a reload, STOPPING=1 on stop.
 */
void addServeCommand(CLI::App& app, CommandAction& action);

}  // namespace recops::cli
