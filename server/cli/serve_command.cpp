// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/serve_command.h"

#include "cli/configuration_options.h"
#include "cli/configuration_reloader.h"
#include "cli/systemd_notification.h"
#include "common/json_string.h"
#include "common/log_level.h"
#include "common/log_sink.h"
#include "common/logger.h"
#include "common/server_signals.h"
#include "common/version.h"
#include "config/setting_keys.h"
#include "service/data_directory.h"
#include "service/recopsd_server.h"

#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

namespace recops::cli {
namespace {

struct ServeOptions {
    DataDirectoryOption dataDirectory;
    ConfigurationOptions configuration;
    std::string listen;
};

void announceListening(const std::string& url) {
    std::string line = "{\"event\":\"listening\",\"url\":";
    common::appendJsonString(line, url);
    line += "}\n";
    std::fputs(line.c_str(), stdout);
    std::fflush(stdout);
}

int serve(const ServeOptions& options) {
    // First, before any thread starts, so that every thread inherits the blocked mask and the
    // signals wait for waitForServerSignal() below.
    common::blockServerSignals();
    const std::vector<std::string> listenOverride =
        options.listen.empty() ? std::vector<std::string>{}
                               : std::vector<std::string>{std::string(config::keys::kServerListen) +
                                                          "=" + options.listen};
    const config::Configuration configuration = options.configuration.load(listenOverride);
    common::Logger logger(common::LogSink::standardError(),
                          *common::parseLogLevel(configuration.string(config::keys::kLogLevel)));
    const auto dataDirectory = service::prepareDataDirectory(options.dataDirectory.path);

    service::RecopsdServer server(configuration, dataDirectory, logger);
    server.start();
    announceListening(server.url());
    logger.info("recopsd is serving", {{"url", server.url()},
                                       {"version", common::kVersion},
                                       {"data_dir", dataDirectory.string()}});
    // The store is open and the listener accepts: a Type=notify unit is started now.
    const std::string serving = "serving on " + server.url();
    notifySystemd("READY=1\nSTATUS=" + serving, logger);

    ConfigurationReloader reloader(
        [&options, listenOverride] { return options.configuration.load(listenOverride); },
        configuration, logger, server);
    int signal = common::waitForServerSignal();
    while (signal == SIGHUP) {
        logger.info("reloading the configuration", {{"signal", "SIGHUP"}});
        notifySystemd("RELOADING=1\nSTATUS=reloading the configuration", logger);
        const std::string outcome = reloader.reload();
        notifySystemd("READY=1\nSTATUS=" + serving + "; " + outcome, logger);
        signal = common::waitForServerSignal();
    }
    logger.info("shutting down: finishing requests in flight",
                {{"signal", signal == SIGTERM ? "SIGTERM" : "SIGINT"}});
    notifySystemd("STOPPING=1\nSTATUS=finishing requests in flight", logger);
    server.shutdown();
    logger.info("recopsd stopped");
    return 0;
}

}  // namespace

void addServeCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<ServeOptions>();
    CLI::App* command = app.add_subcommand(
        "serve", "Run the HTTP server until SIGTERM or SIGINT; SIGHUP reloads the configuration");
    options->dataDirectory.addTo(*command);
    command
        ->add_option("--listen", options->listen,
                     "Address to listen on, IP:PORT (port 0 picks a free one); short for "
                     "--set server.listen=ADDR. Default 127.0.0.1:8470")
        ->type_name("ADDR");
    options->configuration.addTo(*command);
    command->footer(
        "Once listening, prints {\"event\":\"listening\",\"url\":\"http://HOST:PORT\"} on standard "
        "output.\nOn SIGTERM or SIGINT: stops accepting, finishes requests in flight, exits 0.\n"
        "On SIGHUP: reads the configuration again and applies log.level and log.access (a log\n"
        "file is reopened); other changed settings are logged as needing a restart.\n"
        "Under systemd (Type=notify) it reports READY=1, RELOADING=1 and STOPPING=1.\n"
        "Logs (JSON lines) go to standard error; see `recopsd config reference` for settings.");
    command->callback([&action, options] {
        action = [options] {
            return serve(*options);
        };
    });
}

}  // namespace recops::cli
