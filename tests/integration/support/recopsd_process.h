// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "server/support/temporary_directory.h"

#include <chrono>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace recops::testing {

/// How to start recopsd for a test; name the fields you set:
/// RecopsdOptions{.arguments = {"--set", "server.threads=2"}}.
struct RecopsdOptions {
    /// The data directory; a fresh temporary one when empty.
    std::filesystem::path dataDirectory{};
    /// Extra arguments after `serve --data-dir DIR --listen 127.0.0.1:0`, for example
    /// {"--set", "server.read_timeout_ms=300"}.
    std::vector<std::string> arguments{};
    /// Extra environment variables, for example {"RECOPSD_LOG_LEVEL", "debug"}.
    std::map<std::string, std::string> environment{};
    /// How long to wait for the listening line.
    std::chrono::milliseconds startTimeout{std::chrono::seconds(20)};
};

/**
 * The real recopsd binary (from the RECOPSD_BINARY environment variable, which the build sets)
 * serving on an ephemeral loopback port.
 *
 * The constructor starts `recopsd serve` and returns once recopsd printed its listening line,
 * so url() is usable at once; it throws with recopsd's standard error when recopsd exits or
 * stays silent instead. Standard error goes to a file, readable with standardError(). The
 * destructor kills a process the test did not stop.
 *
 *     RecopsdProcess recopsd;                                  // fresh data directory
 *     HttpResponse health = httpRequest(recopsd.url(), "GET", "/healthz");
 *     EXPECT_EQ(recopsd.stop(), 0);                            // SIGTERM, then the exit code
 */
class RecopsdProcess {
public:
    explicit RecopsdProcess(RecopsdOptions options = {});
    ~RecopsdProcess();
    RecopsdProcess(const RecopsdProcess&) = delete;
    RecopsdProcess& operator=(const RecopsdProcess&) = delete;

    /// The recopsd executable under test.
    static std::filesystem::path binary();

    /// "http://127.0.0.1:PORT", as announced by recopsd.
    const std::string& url() const { return m_url; }
    std::uint16_t port() const { return m_port; }
    const std::filesystem::path& dataDirectory() const { return m_dataDirectory; }
    pid_t pid() const { return m_pid; }

    /// Sends @p signal and waits (bounded by @p timeout) for the exit code; a process still
    /// running then is killed and the call throws.
    int stop(int signal = SIGTERM, std::chrono::milliseconds timeout = std::chrono::seconds(30));

    void sendSignal(int signal) const;
    /// The exit code once the process has ended within @p timeout, or nothing.
    std::optional<int> waitForExit(std::chrono::milliseconds timeout);

    /// Everything recopsd wrote to standard error so far.
    std::string standardError() const;

private:
    std::optional<TemporaryDirectory> m_scratch;
    std::filesystem::path m_dataDirectory;
    std::filesystem::path m_standardErrorFile;
    pid_t m_pid = -1;
    int m_standardOutput = -1;
    std::optional<int> m_exitCode;
    std::string m_url;
    std::uint16_t m_port = 0;
};

}  // namespace recops::testing
