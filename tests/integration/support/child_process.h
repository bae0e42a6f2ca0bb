// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace recops::testing {

/// Where a spawned process's standard streams come from and go.
struct ChildOutput {
    /// A file to read standard input from; /dev/null when empty.
    std::filesystem::path standardInputFile;
    /// A file to write standard output to, or -1 to use @p standardOutputDescriptor.
    std::filesystem::path standardOutputFile;
    int standardOutputDescriptor = -1;
    std::filesystem::path standardErrorFile;
};

/// Starts @p program with @p arguments and the test's environment plus @p extraEnvironment.
/// Throws std::runtime_error when the process cannot be spawned.
pid_t spawnProcess(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                   const std::map<std::string, std::string>& extraEnvironment,
                   const ChildOutput& output);

/// The exit code (or 128 + signal) of @p pid once it ended within @p timeout, or nothing.
std::optional<int> waitForChild(pid_t pid, std::chrono::milliseconds timeout);

/// The value of environment variable @p name, which the build sets for every integration test
/// (RECOPSD_BINARY, RECOPS_SOURCE_DIR, RECOPS_VERSION, PROMTOOL, SQLITE3); throws when unset.
std::string requiredEnvironment(const char* name);

/// What a finished command printed and returned.
struct CommandResult {
    int exitCode = -1;
    std::string standardOutput;
    std::string standardError;
};

/// Runs @p program to completion (at most 60 s) and collects its output; standard input comes
/// from @p standardInputFile when given.
CommandResult runCommand(const std::filesystem::path& program,
                         const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& extraEnvironment = {},
                         const std::filesystem::path& standardInputFile = {});

/// `promtool check metrics` (PROMTOOL) on a scrape's text: exit code 0 and no output mean
/// Prometheus takes it without a remark.
CommandResult checkMetricsWithPromtool(const std::string& exposition);

/// Runs `recopsd ARGUMENTS...` (RecopsdProcess::binary()).
CommandResult runRecopsd(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& extraEnvironment = {});

/// `recopsd token create --data-dir DIR --role ROLE --name NAME`: the printed token. Throws
/// with recopsd's standard error when the command fails.
std::string createToken(const std::filesystem::path& dataDirectory, const std::string& role,
                        const std::string& name = "");

}  // namespace recops::testing
