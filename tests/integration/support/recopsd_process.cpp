// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/recopsd_process.h"

#include "integration/support/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <unistd.h>

#include <nlohmann/json.hpp>

namespace recops::testing {
namespace {

/// Reads @p descriptor up to the first newline, or throws when @p deadline passes or the
/// stream ends first.
std::string readLine(int descriptor, std::chrono::steady_clock::time_point deadline) {
    std::string line;
    char c = 0;
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            throw std::runtime_error("recopsd did not print its listening line in time");
        }
        pollfd poller{descriptor, POLLIN, 0};
        if (poll(&poller, 1, static_cast<int>(left.count())) <= 0) {
            continue;
        }
        const ssize_t got = read(descriptor, &c, 1);
        if (got <= 0) {
            throw std::runtime_error("recopsd closed its standard output before listening");
        }
        if (c == '\n') {
            return line;
        }
        line.push_back(c);
    }
}

}  // namespace

std::filesystem::path RecopsdProcess::binary() {
    return requiredEnvironment("RECOPSD_BINARY");
}

RecopsdProcess::RecopsdProcess(RecopsdOptions options) {
    m_scratch.emplace();
    m_dataDirectory = options.dataDirectory.empty() ? *m_scratch / "data" : options.dataDirectory;
    m_standardErrorFile = *m_scratch / "recopsd.stderr";

    int pipeEnds[2];
    if (pipe2(pipeEnds, O_CLOEXEC) != 0) {
        throw std::runtime_error("cannot create a pipe for recopsd's standard output");
    }
    std::vector<std::string> arguments{"serve", "--data-dir", m_dataDirectory.string(), "--listen",
                                       "127.0.0.1:0"};
    arguments.insert(arguments.end(), options.arguments.begin(), options.arguments.end());
    try {
        m_pid = spawnProcess(binary(), arguments, options.environment,
                             ChildOutput{{}, {}, pipeEnds[1], m_standardErrorFile});
    } catch (...) {
        close(pipeEnds[0]);
        close(pipeEnds[1]);
        throw;
    }
    close(pipeEnds[1]);
    m_standardOutput = pipeEnds[0];

    try {
        const std::string line =
            readLine(m_standardOutput, std::chrono::steady_clock::now() + options.startTimeout);
        const auto announcement = nlohmann::json::parse(line);
        if (announcement.value("event", "") != "listening") {
            throw std::runtime_error("unexpected first line from recopsd: " + line);
        }
        m_url = announcement.at("url").get<std::string>();
        m_port = static_cast<std::uint16_t>(std::stoi(m_url.substr(m_url.rfind(':') + 1)));
    } catch (const std::exception& error) {
        sendSignal(SIGKILL);
        waitForExit(std::chrono::seconds(10));
        throw std::runtime_error(std::string(error.what()) + "; recopsd's standard error:\n" +
                                 standardError());
    }
}

RecopsdProcess::~RecopsdProcess() {
    if (m_pid > 0 && !m_exitCode) {
        sendSignal(SIGKILL);
        waitForExit(std::chrono::seconds(10));
    }
    if (m_standardOutput >= 0) {
        close(m_standardOutput);
    }
}

void RecopsdProcess::sendSignal(int signal) const {
    if (m_pid > 0 && !m_exitCode) {
        kill(m_pid, signal);
    }
}

std::optional<int> RecopsdProcess::waitForExit(std::chrono::milliseconds timeout) {
    if (!m_exitCode) {
        m_exitCode = waitForChild(m_pid, timeout);
    }
    return m_exitCode;
}

int RecopsdProcess::stop(int signal, std::chrono::milliseconds timeout) {
    sendSignal(signal);
    if (const auto exitCode = waitForExit(timeout)) {
        return *exitCode;
    }
    sendSignal(SIGKILL);
    waitForExit(std::chrono::seconds(10));
    throw std::runtime_error("recopsd did not stop within the timeout; standard error:\n" +
                             standardError());
}

std::string RecopsdProcess::standardError() const {
    return readFile(m_standardErrorFile);
}

}  // namespace recops::testing
