// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/recopsd_data.h"

#include "integration/support/child_process.h"

#include <sstream>
#include <stdexcept>

namespace recops::testing {

void generateDataset(const std::filesystem::path& dataDirectory, const SyntheticDataset& dataset) {
    const CommandResult result = runRecopsd(
        {"generate", "--data-dir", dataDirectory.string(), "--users", std::to_string(dataset.users),
         "--items", std::to_string(dataset.items), "--events", std::to_string(dataset.events)});
    if (result.exitCode != 0) {
        throw std::runtime_error("recopsd generate failed: " + result.standardError);
    }
}

nlohmann::json trainModel(const std::filesystem::path& dataDirectory,
                          const std::vector<std::string>& arguments) {
    std::vector<std::string> command{"train", "--data-dir", dataDirectory.string()};
    command.insert(command.end(), arguments.begin(), arguments.end());
    const CommandResult result = runRecopsd(command);
    if (result.exitCode != 0) {
        throw std::runtime_error("recopsd train failed: " + result.standardError);
    }
    return nlohmann::json::parse(result.standardOutput);
}

std::filesystem::path databaseOf(const std::filesystem::path& dataDirectory) {
    return dataDirectory / "recops.db";
}

std::vector<std::string> sqliteRows(const std::filesystem::path& database, const std::string& sql) {
    const CommandResult result =
        runCommand(requiredEnvironment("SQLITE3"), {"-batch", "-bail", database.string(), sql});
    if (result.exitCode != 0) {
        throw std::runtime_error("sqlite3 failed on \"" + sql + "\": " + result.standardError);
    }
    std::vector<std::string> rows;
    std::istringstream lines(result.standardOutput);
    for (std::string line; std::getline(lines, line);) {
        rows.push_back(line);
    }
    return rows;
}

double metricValue(const std::string& url, const std::string& sample) {
    const HttpResponse response = httpRequest(url, "GET", "/metrics");
    if (response.status != 200) {
        throw std::runtime_error("GET /metrics answered " + std::to_string(response.status));
    }
    const std::string prefix = "\n" + sample + " ";
    const auto found = ("\n" + response.body).find(prefix);
    if (found == std::string::npos) {
        return 0.0;
    }
    return std::stod(response.body.substr(found + prefix.size() - 1));
}

HttpHeaders jsonRequestHeaders(const std::string& token) {
    return {bearer(token), {"Content-Type", "application/json"}};
}

}  // namespace recops::testing
