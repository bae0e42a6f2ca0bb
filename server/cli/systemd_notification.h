// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::common {
class Logger;
}

namespace recops::cli {

/**
 * Sends @p state ("READY=1\nSTATUS=...", see sd_notify(3)) to the service manager when recopsd
 * runs as a Type=notify systemd service, that is when NOTIFY_SOCKET is set. Outside systemd it
 * does nothing, so `recopsd serve` behaves the same from a shell. A failure to deliver is
 * logged as a warning and otherwise ignored: systemd then reports the start as timed out,
 * which says more than stopping the server would.
 */
void notifySystemd(std::string_view state, common::Logger& logger);

}  // namespace recops::cli
