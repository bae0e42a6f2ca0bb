// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "integration/support/http_client.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::testing {

/// The size of a synthetic dataset from `recopsd generate`: small enough that generating and
/// training take well under a second, large enough that the EASE version `recopsd train`
/// chooses passes the default promotion gates (NDCG@10 about 0.48, precision@10 about 0.28).
struct SyntheticDataset {
    std::size_t users = 600;
    std::size_t items = 400;
    std::size_t events = 50'000;
};

/// `recopsd generate` into @p dataDirectory. Throws with recopsd's standard error on failure.
void generateDataset(const std::filesystem::path& dataDirectory,
                     const SyntheticDataset& dataset = {});

/// `recopsd train --data-dir DIR ARGUMENTS...`: its JSON summary. Throws with recopsd's
/// standard error on failure.
nlohmann::json trainModel(const std::filesystem::path& dataDirectory,
                          const std::vector<std::string>& arguments = {"--stage", "production"});

/// The SQLite database of a data directory (storage.sqlite_file's default).
std::filesystem::path databaseOf(const std::filesystem::path& dataDirectory);

/// Runs @p sql with the sqlite3 command-line shell (SQLITE3) on @p database, one result row
/// per line, columns separated by '|'. Throws with sqlite3's standard error on failure.
std::vector<std::string> sqliteRows(const std::filesystem::path& database, const std::string& sql);

/// The value of a sample such as `events_ingested_total` or
/// `recommendation_cache_lookups_total{outcome="hit"}` in GET /metrics; 0 when it is absent.
double metricValue(const std::string& url, const std::string& sample);

/// Content-Type: application/json and a bearer token.
HttpHeaders jsonRequestHeaders(const std::string& token);

}  // namespace recops::testing
