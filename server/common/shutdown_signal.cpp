// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/shutdown_signal.h"

#include <csignal>
#include <pthread.h>
#include <stdexcept>

namespace recops::common {
namespace {

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
}

int waitForShutdownSignal() {
    const sigset_t signals = shutdownSignals();
    int received = 0;
    while (sigwait(&signals, &received) != 0) {
    }
    return received;
}

}  // namespace recops::common
