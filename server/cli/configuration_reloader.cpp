// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/configuration_reloader.h"

#include "common/log_level.h"
#include "common/logger.h"
#include "config/config_error.h"
#include "config/setting_keys.h"
#include "service/recopsd_server.h"

#include <algorithm>
#include <array>
#include <exception>
#include <string_view>
#include <utility>
#include <vector>

namespace recops::cli {
namespace {

namespace keys = config::keys;

/// The settings a running server takes over on reload; every other one needs a restart.
constexpr std::array<std::string_view, 2> kReloadableKeys{keys::kLogLevel, keys::kLogAccess};

bool isReloadable(std::string_view key) {
    return std::find(kReloadableKeys.begin(), kReloadableKeys.end(), key) != kReloadableKeys.end();
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) {
        text += text.empty() ? item : ", " + item;
    }
    return text.empty() ? "none" : text;
}

}  // namespace

ConfigurationReloader::ConfigurationReloader(Loader load, config::Configuration running,
                                             common::Logger& logger, service::RecopsdServer& server)
    : m_load(std::move(load)), m_running(std::move(running)), m_logger(logger), m_server(server) {}

std::string ConfigurationReloader::reload() {
    std::vector<config::EffectiveSetting> loaded;
    try {
        loaded = m_load().settings();
    } catch (const config::ConfigError& error) {
        for (const std::string& problem : error.problems()) {
            m_logger.error("configuration reload failed; the running configuration stays",
                           {{"problem", problem}});
        }
        return "reload failed: the configuration has " + std::to_string(error.problems().size()) +
               " problem(s), see the log";
    } catch (const std::exception& error) {
        // A reload must never take a serving process down.
        m_logger.error("configuration reload failed; the running configuration stays",
                       {{"problem", error.what()}});
        return std::string("reload failed: ") + error.what();
    }

    std::vector<config::EffectiveSetting> inEffect = m_running.settings();
    std::vector<std::string> applied;
    std::vector<std::string> needRestart;
    for (config::EffectiveSetting& current : inEffect) {
        const std::string_view key = current.definition->key;
        const auto fresh = std::find_if(loaded.begin(), loaded.end(), [key](const auto& setting) {
            return setting.definition->key == key;
        });
        // Both come from the same table; a missing row would be a bug, not a change.
        if (fresh == loaded.end()) {
            continue;
        }
        const bool changed = fresh->value != current.value;
        // An unchanged access log file is reopened all the same: that is how rotation works.
        const bool reopen = key == keys::kLogAccess && std::get<std::string>(fresh->value) != "-" &&
                            std::get<std::string>(fresh->value) != "off";
        if (!changed && !reopen) {
            continue;
        }
        if (!isReloadable(key)) {
            needRestart.emplace_back(key);
        } else if (apply(*fresh)) {
            applied.emplace_back(key);
            current = *fresh;
        }
    }
    m_running = config::Configuration(std::move(inEffect));

    m_logger.info("configuration reloaded", {{"applied", joined(applied)}});
    if (!needRestart.empty()) {
        m_logger.warning("changed settings need a restart to apply; they keep their running values",
                         {{"settings", joined(needRestart)}});
    }
    std::string summary = "reloaded: " + joined(applied);
    if (!needRestart.empty()) {
        summary += "; restart needed for: " + joined(needRestart);
    }
    return summary;
}

bool ConfigurationReloader::apply(const config::EffectiveSetting& changed) {
    const std::string& value = std::get<std::string>(changed.value);
    if (changed.definition->key == keys::kLogLevel) {
        // The table allows only level names, so parsing cannot fail here.
        m_logger.setMinimumLevel(*common::parseLogLevel(value));
        return true;
    }
    try {
        m_server.reopenAccessLog(value);
        return true;
    } catch (const std::exception& error) {
        m_logger.error("cannot switch the access log; it stays where it was",
                       {{"destination", value}, {"error", error.what()}});
        return false;
    }
}

}  // namespace recops::cli
