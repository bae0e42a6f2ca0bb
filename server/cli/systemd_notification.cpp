// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/systemd_notification.h"

#include "common/logger.h"

#include <cstring>
#include <string>
#include <systemd/sd-daemon.h>

namespace recops::cli {

void notifySystemd(std::string_view state, common::Logger& logger) {
    // NOTIFY_SOCKET stays set: nothing recopsd starts inherits it, and keeping it lets later
    // notifications (STOPPING=1) through.
    const int sent = sd_notify(0, std::string(state).c_str());
    if (sent < 0) {
        logger.warning("cannot notify systemd",
                       {{"state", state}, {"error", std::strerror(-sent)}});
    }
}

}  // namespace recops::cli
