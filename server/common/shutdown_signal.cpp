// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/shutdown_signal.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <pthread.h>
#include <stdexcept>
#include <unistd.h>

namespace recops::common {
namespace {

/// The thread that blocked the signals and takes them with waitForShutdownSignal().
std::atomic<pid_t> g_waitingThread{0};
static_assert(std::atomic<pid_t>::is_always_lock_free, "read in a signal handler");

/// Runs in a thread that does not block the signals: one a library started before main()
/// (OpenBLAS starts its workers when it is loaded), which would otherwise die of the signal's
/// default action and take the process with it. It passes the signal on to the waiting
/// thread, where it stays pending until waitForShutdownSignal() takes it.
extern "C" void forwardShutdownSignal(int signal) {
    const int savedErrno = errno;
    tgkill(getpid(), g_waitingThread.load(), signal);
    errno = savedErrno;
}

sigset_t shutdownSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    return signals;
}

}  // namespace

void blockShutdownSignals() {
    const sigset_t signals = shutdownSignals();
    if (pthread_sigmask(SIG_BLOCK, &signals, nullptr) != 0) {
        throw std::runtime_error("cannot block SIGTERM and SIGINT");
    }
    g_waitingThread = gettid();
    struct sigaction forward {};
    forward.sa_handler = forwardShutdownSignal;
    forward.sa_flags = SA_RESTART;
    sigfillset(&forward.sa_mask);
    if (sigaction(SIGTERM, &forward, nullptr) != 0 || sigaction(SIGINT, &forward, nullptr) != 0) {
        throw std::runtime_error("cannot route SIGTERM and SIGINT to the waiting thread");
    }
}

int waitForShutdownSignal() {
    const sigset_t signals = shutdownSignals();
    int received = 0;
    while (sigwait(&signals, &received) != 0) {
    }
    return received;
}

}  // namespace recops::common
