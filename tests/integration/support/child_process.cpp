// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/child_process.h"

#include "integration/support/recopsd_process.h"
#include "server/support/temporary_directory.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace recops::testing {
namespace {

std::vector<std::string> environmentWith(const std::map<std::string, std::string>& extra) {
    std::map<std::string, std::string> variables;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string text(*entry);
        const auto equals = text.find('=');
        variables[text.substr(0, equals)] =
            equals == std::string::npos ? "" : text.substr(equals + 1);
    }
    for (const auto& [name, value] : extra) {
        variables[name] = value;
    }
    std::vector<std::string> entries;
    for (const auto& [name, value] : variables) {
        entries.push_back(name + "=" + value);
    }
    return entries;
}

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (std::string& text : strings) {
        pointers.push_back(text.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

}  // namespace

std::string requiredEnvironment(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        throw std::runtime_error(std::string(name) + " is not set: run the test through ctest");
    }
    return value;
}

pid_t spawnProcess(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                   const std::map<std::string, std::string>& extraEnvironment,
                   const ChildOutput& output) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string input =
        output.standardInputFile.empty() ? "/dev/null" : output.standardInputFile.string();
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input.c_str(), O_RDONLY, 0);
    if (output.standardOutputDescriptor >= 0) {
        posix_spawn_file_actions_adddup2(&actions, output.standardOutputDescriptor, STDOUT_FILENO);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.standardOutputFile.c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
    }
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, output.standardErrorFile.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);

    std::vector<std::string> argumentStrings{program.string()};
    argumentStrings.insert(argumentStrings.end(), arguments.begin(), arguments.end());
    std::vector<std::string> environmentStrings = environmentWith(extraEnvironment);
    std::vector<char*> argv = pointersTo(argumentStrings);
    std::vector<char*> envp = pointersTo(environmentStrings);

    pid_t pid = -1;
    const int error =
        posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        throw std::runtime_error("cannot start " + program.string() + ": " + std::strerror(error));
    }
    return pid;
}

std::optional<int> waitForChild(pid_t pid, std::chrono::milliseconds timeout) {
    // A pidfd becomes readable when the process ends, so the wait needs neither a signal
    // handler nor polling.
    // Through syscall(): Debian 12's <sys/pidfd.h> lacks the extern "C" that C++ needs.
    const int descriptor = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    if (descriptor < 0) {
        throw std::runtime_error(std::string("pidfd_open failed: ") + std::strerror(errno));
    }
    pollfd poller{descriptor, POLLIN, 0};
    int ready = 0;
    do {
        ready = poll(&poller, 1, static_cast<int>(timeout.count()));
    } while (ready < 0 && errno == EINTR);
    close(descriptor);
    if (ready <= 0) {
        return std::nullopt;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            throw std::runtime_error(std::string("waitpid failed: ") + std::strerror(errno));
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

CommandResult runCommand(const std::filesystem::path& program,
                         const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& extraEnvironment,
                         const std::filesystem::path& standardInputFile) {
    TemporaryDirectory scratch;
    const ChildOutput output{standardInputFile, scratch / "stdout", -1, scratch / "stderr"};
    const pid_t pid = spawnProcess(program, arguments, extraEnvironment, output);
    const auto exitCode = waitForChild(pid, std::chrono::seconds(60));
    if (!exitCode) {
        kill(pid, SIGKILL);
        waitForChild(pid, std::chrono::seconds(10));
        throw std::runtime_error(program.string() + " did not finish within 60 s");
    }
    return CommandResult{*exitCode, readFile(output.standardOutputFile),
                         readFile(output.standardErrorFile)};
}

CommandResult checkMetricsWithPromtool(const std::string& exposition) {
    TemporaryDirectory scratch;
    const auto file = scratch.write("metrics.txt", exposition);
    return runCommand(requiredEnvironment("PROMTOOL"), {"check", "metrics"}, {}, file);
}

CommandResult runRecopsd(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& extraEnvironment) {
    return runCommand(RecopsdProcess::binary(), arguments, extraEnvironment);
}

std::string createToken(const std::filesystem::path& dataDirectory, const std::string& role,
                        const std::string& name) {
    const CommandResult result = runRecopsd(
        {"token", "create", "--data-dir", dataDirectory.string(), "--role", role, "--name", name});
    if (result.exitCode != 0) {
        throw std::runtime_error("recopsd token create failed: " + result.standardError);
    }
    return result.standardOutput.substr(0, result.standardOutput.find('\n'));
}

}  // namespace recops::testing
