// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/configuration.h"

#include <functional>
#include <string>

namespace recops::common {
class Logger;
}
namespace recops::service {
class RecopsdServer;
}

namespace recops::cli {

/**
 * What SIGHUP does to `recopsd serve`: read the configuration again and apply what may change
 * while serving, without dropping a request.
 *
 * The configuration is loaded exactly as at start (the same --config file, the process's
 * environment as it was at start, the same --set). log.level applies at once; log.access
 * switches destination, and a file is reopened even when its path is unchanged, so that log
 * rotation needs no restart. Every other setting whose value changed keeps its running value
 * and is logged as needing a restart. A configuration that no longer loads changes nothing:
 * each problem is logged and the server goes on as before.
 */
class ConfigurationReloader {
public:
    using Loader = std::function<config::Configuration()>;

    /// @p running is the configuration the server was started with.
    ConfigurationReloader(Loader load, config::Configuration running, common::Logger& logger,
                          service::RecopsdServer& server);

    /// Reloads; returns a one-line summary for the service manager's status.
    std::string reload();

private:
    /// Applies the reloadable setting @p changed; false when it could not be applied.
    bool apply(const config::EffectiveSetting& changed);

    Loader m_load;
    config::Configuration m_running;
    common::Logger& m_logger;
    service::RecopsdServer& m_server;
};

}  // namespace recops::cli
