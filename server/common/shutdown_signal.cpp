// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/shutdown_signal.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pthread.h>
#include <stdexcept>
#include <unistd.h>

namespace recops::common {
namespace {

/// The self-pipe: the handler writes the signal number, waitForShutdownSignal() reads it.
int g_pipe[2] = {-1, -1};

sigset_t shutdownSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    return signals;
}

extern "C" void recordShutdownSignal(int signal) {
    // write() is async-signal-safe; a full pipe means a signal is already recorded.
    const int savedErrno = errno;
    const auto number = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &number, 1);
    errno = savedErrno;
}

}  // namespace

void blockShutdownSignals() {
    if (g_pipe[0] < 0 && ::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        throw std::runtime_error("cannot create the shutdown signal pipe");
    }
    struct sigaction action {};
    action.sa_handler = recordShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGTERM, &action, nullptr) != 0 || ::sigaction(SIGINT, &action, nullptr) != 0) {
        throw std::runtime_error("cannot install the SIGTERM and SIGINT handler");
    }
    const sigset_t signals = shutdownSignals();
    if (pthread_sigmask(SIG_BLOCK, &signals, nullptr) != 0) {
        throw std::runtime_error("cannot block SIGTERM and SIGINT");
    }
}

int waitForShutdownSignal() {
    const sigset_t signals = shutdownSignals();
    pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
    // The read end is non-blocking (the handler must never block on the write end's peer);
    // wait for it with a blocking descriptor duplicate instead.
    const int flags = ::fcntl(g_pipe[0], F_GETFL);
    ::fcntl(g_pipe[0], F_SETFL, flags & ~O_NONBLOCK);
    unsigned char number = 0;
    while (::read(g_pipe[0], &number, 1) != 1) {
        // EINTR: the handler ran in this thread and wrote; read again.
    }
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return number;
}

}  // namespace recops::common
