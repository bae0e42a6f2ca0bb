// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/server_signals.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pthread.h>
#include <stdexcept>
#include <unistd.h>

namespace recops::common {
namespace {

/// The self-pipe: the handler writes the signal number, waitForServerSignal() reads it.
int g_pipe[2] = {-1, -1};

sigset_t serverSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGHUP);
    return signals;
}

extern "C" void recordServerSignal(int signal) {
    // write() is async-signal-safe; the write end never blocks (O_NONBLOCK), and a full pipe
    // means plenty of signals are recorded already.
    const int savedErrno = errno;
    const auto number = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &number, 1);
    errno = savedErrno;
}

}  // namespace

void blockServerSignals() {
    if (g_pipe[0] < 0) {
        if (::pipe2(g_pipe, O_CLOEXEC) != 0 ||
            ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK) != 0) {
            throw std::runtime_error("cannot create the server signal pipe");
        }
    }
    struct sigaction action {};
    action.sa_handler = recordServerSignal;
    // The others stay blocked while one handler runs: without that, a second pending signal
    // interrupts the first handler and is recorded before it, out of order.
    action.sa_mask = serverSignals();
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        if (::sigaction(signal, &action, nullptr) != 0) {
            throw std::runtime_error("cannot install the SIGTERM, SIGINT and SIGHUP handler");
        }
    }
    const sigset_t signals = serverSignals();
    if (pthread_sigmask(SIG_BLOCK, &signals, nullptr) != 0) {
        throw std::runtime_error("cannot block SIGTERM, SIGINT and SIGHUP");
    }
}

int waitForServerSignal() {
    const sigset_t signals = serverSignals();
    pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
    unsigned char number = 0;
    // The read end blocks; EINTR means the handler ran in this very thread and wrote.
    while (::read(g_pipe[0], &number, 1) != 1) {
    }
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return number;
}

}  // namespace recops::common
