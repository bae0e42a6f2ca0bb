// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The configuration table: the single place where a recopsd setting is declared. The loader,
// `recopsd config show`, `recopsd config reference` (which writes the table in
// docs/server.md) and every error message about a setting read these rows.
#include "config/settings_table.h"

#include "config/monitoring_settings_table.h"
#include "config/setting_keys.h"
#include "config/setting_validators.h"

#include <array>

namespace recops::config {
namespace {

constexpr std::array<std::string_view, 3> kOpenableEndpoints{"/healthz", "/readyz", "/metrics"};
constexpr std::array<std::string_view, 4> kLogLevels{"debug", "info", "warning", "error"};
constexpr std::int64_t kOneGibibyte = 1024LL * 1024 * 1024;
constexpr std::int64_t kOneHourMs = 3'600'000;
constexpr std::array kCoreTable{
    SettingDefinition{
        .key = keys::kServerListen,
        .type = SettingType::String,
        .defaultValue = "127.0.0.1:8470",
        .description = "Address and port to listen on; port 0 picks a free port (the "
                       "`listening` line on standard output tells which).",
        .validator = validators::listenAddress,
        .expectation = "IP:PORT such as 127.0.0.1:8470 or [::1]:8470",
    },
    SettingDefinition{
        .key = keys::kServerThreads,
        .type = SettingType::Integer,
        .defaultValue = "0",
        .description = "Threads serving HTTP, each with its own event loop; 0 uses one per "
                       "CPU core.",
        .minimum = 0,
        .maximum = 1024,
    },
    SettingDefinition{
        .key = keys::kServerReadTimeoutMs,
        .type = SettingType::Integer,
        .defaultValue = "15000",
        .description = "Longest wait for a whole request, and for the next request on an idle "
                       "keep-alive connection; the connection is closed when it runs out.",
        .minimum = 100,
        .maximum = kOneHourMs,
    },
    SettingDefinition{
        .key = keys::kServerWriteTimeoutMs,
        .type = SettingType::Integer,
        .defaultValue = "15000",
        .description = "Longest wait for a client to take a whole response.",
        .minimum = 100,
        .maximum = kOneHourMs,
    },
    SettingDefinition{
        .key = keys::kServerMaxHeaderBytes,
        .type = SettingType::Integer,
        .defaultValue = "16384",
        .description = "Largest request line plus headers; larger requests get 431.",
        .minimum = 1024,
        .maximum = 1024 * 1024,
    },
    SettingDefinition{
        .key = keys::kServerMaxBodyBytes,
        .type = SettingType::Integer,
        .defaultValue = "1048576",
        .description = "Largest request body; larger bodies get 413.",
        .minimum = 0,
        .maximum = kOneGibibyte,
    },
    SettingDefinition{
        .key = keys::kServerShutdownTimeoutMs,
        .type = SettingType::Integer,
        .defaultValue = "10000",
        .description = "On SIGTERM or SIGINT, how long requests in flight may take to finish "
                       "before their connections are dropped.",
        .minimum = 0,
        .maximum = kOneHourMs,
    },
    SettingDefinition{
        .key = keys::kAuthOpenEndpoints,
        .type = SettingType::StringList,
        .defaultValue = "/healthz,/readyz,/metrics",
        .description = "Probe endpoints answered without a token; those left out need a "
                       "viewer token. Every /api/v1/ route always needs one.",
        .allowedValues = kOpenableEndpoints,
    },
    SettingDefinition{
        .key = keys::kAuthTokenRefreshMs,
        .type = SettingType::Integer,
        .defaultValue = "1000",
        .description = "How often the server checks the database for token changes made by "
                       "other processes (`recopsd token revoke`); the longest a revocation "
                       "takes to apply.",
        .minimum = 50,
        .maximum = 60'000,
    },
    SettingDefinition{
        .key = keys::kAuthBootstrapAdminToken,
        .type = SettingType::String,
        .defaultValue = "",
        .description = "An admin token to create at start when its id is not in the database "
                       "yet, for hosts provisioned without a shell (set it through "
                       "RECOPSD_AUTH_BOOTSTRAP_ADMIN_TOKEN). Only its digest is stored.",
        .sensitivity = Sensitivity::Secret,
        .validator = validators::optionalAccessToken,
        .expectation = "empty, or a token rcp_<16 hex digits>_<64 hex digits>",
    },
    SettingDefinition{
        .key = keys::kLogAccess,
        .type = SettingType::String,
        .defaultValue = "-",
        .description = "Where the access log (one JSON object per request) goes: \"-\" for "
                       "standard error, \"off\", or a file path (appended to).",
        .validator = validators::notEmpty,
        .expectation = "\"-\", \"off\" or a file path",
    },
    SettingDefinition{
        .key = keys::kLogLevel,
        .type = SettingType::String,
        .defaultValue = "info",
        .description = "Least severe application log message written to standard error.",
        .allowedValues = kLogLevels,
    },
    SettingDefinition{
        .key = keys::kStorageSqliteFile,
        .type = SettingType::String,
        .defaultValue = "recops.db",
        .description = "SQLite database file, relative to the data directory unless absolute.",
        .validator = validators::notEmpty,
        .expectation = "a file name or path",
    },
    SettingDefinition{
        .key = keys::kStorageBusyTimeoutMs,
        .type = SettingType::Integer,
        .defaultValue = "5000",
        .description = "How long a database statement waits for another process's write lock "
                       "before failing.",
        .minimum = 0,
        .maximum = 600'000,
    },
    SettingDefinition{
        .key = keys::kCacheEnabled,
        .type = SettingType::Boolean,
        .defaultValue = "true",
        .description = "Serve recommendations through the in-process cache. Read by the "
                       "recommendation endpoint, which is not built yet.",
    },
};

/// The rows of every section, in the order `config show` and the reference list them.
template <std::size_t First, std::size_t Second>
constexpr std::array<SettingDefinition, First + Second> concatenate(
    const std::array<SettingDefinition, First>& first,
    const std::array<SettingDefinition, Second>& second) {
    std::array<SettingDefinition, First + Second> all{};
    for (std::size_t index = 0; index < First; ++index) {
        all[index] = first[index];
    }
    for (std::size_t index = 0; index < Second; ++index) {
        all[First + index] = second[index];
    }
    return all;
}

constexpr auto kTable = concatenate(kCoreTable, detail::kMonitoringSettings);

}  // namespace

std::span<const SettingDefinition> settingsTable() {
    return kTable;
}

const SettingDefinition* findSetting(std::span<const SettingDefinition> table,
                                     std::string_view key) {
    for (const SettingDefinition& definition : table) {
        if (definition.key == key) {
            return &definition;
        }
    }
    return nullptr;
}

}  // namespace recops::config
