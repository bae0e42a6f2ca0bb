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
constexpr std::array<std::string_view, 3> kScheduleStages{"none", "staging", "production"};
constexpr std::int64_t kOneGibibyte = 1024LL * 1024 * 1024;
constexpr std::int64_t kOneHourMs = 3'600'000;
constexpr std::array<std::string_view, 4> kRestoreHaltPoints{"never", "staged", "committed",
                                                             "models-switched"};

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
        .key = keys::kStorageReadConnections,
        .type = SettingType::Integer,
        .defaultValue = "0",
        .description = "Read-only database connections shared by request threads (each reads "
                       "a user's history per recommendation); 0 uses twice the request "
                       "threads.",
        .minimum = 0,
        .maximum = 1024,
    },
    SettingDefinition{
        .key = keys::kStorageHistoryCacheUsers,
        .type = SettingType::Integer,
        .defaultValue = "10000",
        .description = "Users whose recent history (up to serving.history_limit events) is kept "
                       "in memory, kept current by ingestion and erasure, so a recommendation "
                       "need not read the database; about 16 KB per user at a limit of 200. "
                       "0 reads the database every time (required when several replicas write "
                       "one shared database).",
        .minimum = 0,
        .maximum = 10'000'000,
    },
    SettingDefinition{
        .key = keys::kStorageHistoryCacheTtlSeconds,
        .type = SettingType::Integer,
        .defaultValue = "30",
        .description = "Seconds a history cached by storage.history_cache_users is trusted: "
                       "events written through this server keep it current at once, events "
                       "written by another process (recopsd import) show after this long.",
        .minimum = 1,
        .maximum = 86'400,
    },
    SettingDefinition{
        .key = keys::kIngestMaxBatchEvents,
        .type = SettingType::Integer,
        .defaultValue = "10000",
        .description = "Most events one POST /api/v1/events may carry; larger batches get 413 "
                       "(server.max_body_bytes bounds the body's size as well).",
        .minimum = 1,
        .maximum = 1'000'000,
    },
    SettingDefinition{
        .key = keys::kIngestMaxFutureSkewMs,
        .type = SettingType::Integer,
        .defaultValue = "86400000",
        .description = "How far in the future an event's timestamp may lie (clients' clocks "
                       "drift); later events are refused as invalid.",
        .minimum = 0,
        .maximum = 365LL * 24 * kOneHourMs,
    },
    SettingDefinition{
        .key = keys::kServingModel,
        .type = SettingType::String,
        .defaultValue = "default",
        .description = "The registered model whose Production version serves "
                       "recommendations.",
        .validator = validators::modelName,
        .expectation = "1-64 characters a-z, 0-9, - and _",
    },
    SettingDefinition{
        .key = keys::kServingHistoryLimit,
        .type = SettingType::Integer,
        .defaultValue = "200",
        .description = "Most recent events of a user read for each recommendation request.",
        .minimum = 1,
        .maximum = 100'000,
    },
    SettingDefinition{
        .key = keys::kServingMaxCount,
        .type = SettingType::Integer,
        .defaultValue = "1000",
        .description = "Largest k a recommendation request may ask for.",
        .minimum = 1,
        .maximum = 100'000,
    },
    SettingDefinition{
        .key = keys::kServingRegistryPollMs,
        .type = SettingType::Integer,
        .defaultValue = "1000",
        .description = "How often the server checks the registry for a new Production version "
                       "(promoted by another process or replica) and loads it.",
        .minimum = 50,
        .maximum = kOneHourMs,
    },
    SettingDefinition{
        .key = keys::kServingExactRetriever,
        .type = SettingType::String,
        .defaultValue = "brute",
        .description = "Vector index for catalogs up to serving.approximate_above items: "
                       "\"brute\" (Eigen scan) or \"flat\" (FAISS IndexFlatIP), both exact.",
        .validator = validators::notEmpty,
        .expectation = "a retriever spec such as brute",
    },
    SettingDefinition{
        .key = keys::kServingApproximateRetriever,
        .type = SettingType::String,
        .defaultValue = "hnsw:M=32,ef_construction=100,ef_search=64",
        .description = "Vector index for larger catalogs (FAISS HNSW with inner product).",
        .validator = validators::notEmpty,
        .expectation = "a retriever spec such as hnsw:M=32,ef_search=64",
    },
    SettingDefinition{
        .key = keys::kServingApproximateAbove,
        .type = SettingType::Integer,
        .defaultValue = "50000",
        .description = "Catalogs with more items than this use serving.approximate_retriever.",
        .minimum = 0,
        .maximum = 1'000'000'000,
    },
    SettingDefinition{
        .key = keys::kServingRankingWeights,
        .type = SettingType::String,
        .defaultValue = "model=1,popularity=0.1,freshness=0.05,affinity=0.1,mmr_lambda=1,"
                        "freshness_half_life_days=14",
        .description = "Ranking weights at start; PUT /api/v1/config/ranking-weights changes "
                       "them at run time.",
        .validator = validators::notEmpty,
        .expectation = "key=value pairs over model, popularity, freshness, affinity, "
                       "mmr_lambda, freshness_half_life_days",
    },
    SettingDefinition{
        .key = keys::kRegistryStagingMinNdcg,
        .type = SettingType::Number,
        .defaultValue = "0.35",
        .description = "Promotion gate into Staging (and Production): the version's NDCG@10 on "
                       "its held-out split must reach this.",
        .numberMinimum = 0.0,
        .numberMaximum = 1.0,
    },
    SettingDefinition{
        .key = keys::kRegistryStagingMinPrecision,
        .type = SettingType::Number,
        .defaultValue = "0.25",
        .description = "Promotion gate into Staging (and Production): precision@10 must reach "
                       "this.",
        .numberMinimum = 0.0,
        .numberMaximum = 1.0,
    },
    SettingDefinition{
        .key = keys::kRegistryMaxRegression,
        .type = SettingType::Number,
        .defaultValue = "0.1",
        .description = "Promotion gate into Production: no headline metric (precision, recall, "
                       "NDCG, MAP at 10) more than this share below the current Production's.",
        .numberMinimum = 0.0,
        .numberMaximum = 1.0,
    },
    SettingDefinition{
        .key = keys::kRegistryKeepVersions,
        .type = SettingType::Integer,
        .defaultValue = "20",
        .description = "Versions kept per model; older ones are deleted after each training, "
                       "except those that are or ever were in Production or are in Staging.",
        .minimum = 1,
        .maximum = 100'000,
    },
    SettingDefinition{
        .key = keys::kTrainingAlgorithm,
        .type = SettingType::String,
        .defaultValue = "auto",
        .description = "Algorithm `recopsd train` and the trainer use when none is named: "
                       "\"auto\" chooses from the data (EASE while its matrix fits in "
                       "memory, ALS beyond), or a spec such as ease:lambda=250.",
        .validator = validators::notEmpty,
        .expectation = "auto, or an algorithm spec such as als:factors=64",
    },
    SettingDefinition{
        .key = keys::kTrainingThreads,
        .type = SettingType::Integer,
        .defaultValue = "0",
        .description = "Threads a training job may use (it runs at nice 10 beside the request "
                       "threads); 0 uses half the CPU cores, at least one.",
        .minimum = 0,
        .maximum = 1024,
    },
    SettingDefinition{
        .key = keys::kTrainingSchedule,
        .type = SettingType::String,
        .defaultValue = "",
        .description = "Retrain serving.model on a schedule: a five-field cron expression in "
                       "UTC such as \"0 3 * * *\" (03:00 every day); empty for none.",
        .validator = validators::optionalCronExpression,
        .expectation = "empty, or minute hour day-of-month month day-of-week",
    },
    SettingDefinition{
        .key = keys::kTrainingScheduleStage,
        .type = SettingType::String,
        .defaultValue = "staging",
        .description = "Where a scheduled version goes through the gates: staging, production, "
                       "or none (registered only).",
        .allowedValues = kScheduleStages,
    },
    SettingDefinition{
        .key = keys::kTrainingEventWeights,
        .type = SettingType::String,
        .defaultValue = "view=1,click=2,like=3,complete=4,purchase=5,rate=1,rating=constant,"
                        "rating_max=5,rating_min=0,max_cell_weight=0",
        .description = "How events become training confidences: a weight per event type, and "
                       "how ratings count (docs/engine.md).",
        .validator = validators::notEmpty,
        .expectation = "type=weight pairs and rating options",
    },
    SettingDefinition{
        .key = keys::kDriftIntervalMs,
        .type = SettingType::Integer,
        .defaultValue = "60000",
        .description = "How often data drift (PSI per feature) is recomputed and "
                       "data_drift_psi updated.",
        .minimum = 100,
        .maximum = 24 * kOneHourMs,
    },
    SettingDefinition{
        .key = keys::kDriftWindowMs,
        .type = SettingType::Integer,
        .defaultValue = "3600000",
        .description = "The window of live traffic compared with the training window.",
        .minimum = 100,
        .maximum = 30 * 24 * kOneHourMs,
    },
    SettingDefinition{
        .key = keys::kDriftMinSamples,
        .type = SettingType::Integer,
        .defaultValue = "200",
        .description = "Observations a feature needs in the window before its PSI is "
                       "reported (fewer give noise, not drift).",
        .minimum = 1,
        .maximum = 100'000'000,
    },
    SettingDefinition{
        .key = keys::kCacheEnabled,
        .type = SettingType::Boolean,
        .defaultValue = "true",
        .description = "Serve repeated recommendation requests from the in-process result "
                       "cache (a user's new events and model swaps invalidate it).",
    },
    SettingDefinition{
        .key = keys::kCacheTtlMs,
        .type = SettingType::Integer,
        .defaultValue = "60000",
        .description = "How long a cached recommendation response is served.",
        .minimum = 1,
        .maximum = 24 * kOneHourMs,
    },
    SettingDefinition{
        .key = keys::kCacheMaxBytes,
        .type = SettingType::Integer,
        .defaultValue = "268435456",
        .description = "Memory the result cache may use; least recently used users are "
                       "evicted beyond it.",
        .minimum = 65536,
        .maximum = 64 * kOneGibibyte,
    },
    SettingDefinition{
        .key = keys::kBackupDirectory,
        .type = SettingType::String,
        .defaultValue = "backups",
        .description = "Where backups are written, one directory each, relative to the data "
                       "directory unless absolute. Put it on another disk to survive losing "
                       "the data disk.",
        .validator = validators::notEmpty,
        .expectation = "a directory name or path",
    },
    SettingDefinition{
        .key = keys::kBackupIntervalSeconds,
        .type = SettingType::Integer,
        .defaultValue = "21600",
        .description = "Time from the last successful backup to the next scheduled one; 0 "
                       "turns the schedule off. The default, 6 hours, keeps four backups "
                       "inside the 24-hour recovery point objective.",
        .minimum = 0,
        .maximum = 31'536'000,
    },
    SettingDefinition{
        .key = keys::kBackupKeepLast,
        .type = SettingType::Integer,
        .defaultValue = "28",
        .description = "Successful backups to keep (failed ones are counted apart); older ones "
                       "are removed after each backup. 0 keeps every one. The newest successful "
                       "backup is never removed.",
        .minimum = 0,
        .maximum = 100'000,
    },
    SettingDefinition{
        .key = keys::kBackupMaxAgeHours,
        .type = SettingType::Integer,
        .defaultValue = "720",
        .description = "Backups older than this are removed after each backup; 0 keeps them "
                       "whatever their age. The newest successful backup is never removed.",
        .minimum = 0,
        .maximum = 876'000,
    },
    SettingDefinition{
        .key = keys::kBackupRpoHours,
        .type = SettingType::Integer,
        .defaultValue = "24",
        .description = "The recovery point objective: GET /api/v1/backups says whether the "
                       "newest successful backup is younger.",
        .minimum = 1,
        .maximum = 8760,
    },
    SettingDefinition{
        .key = keys::kBackupCompressionLevel,
        .type = SettingType::Integer,
        .defaultValue = "3",
        .description = "zstd compression level of backup files: higher is smaller and slower.",
        .minimum = 1,
        .maximum = 19,
    },
    SettingDefinition{
        .key = keys::kBackupRestoreHaltAt,
        .type = SettingType::String,
        .defaultValue = "never",
        .description = "For crash tests only: a restore stops and waits at this step (staged, "
                       "committed, models-switched) until the process is killed or stopped, "
                       "leaving what a crash there would leave.",
        .allowedValues = kRestoreHaltPoints,
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
