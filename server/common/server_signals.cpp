// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/server_signals.h"

#include <csignal>
#include <pthread.h>
#include <stdexcept>

namespace recops::common {
namespace {

sigset_t serverSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGHUP);
    return signals;
}

}  // namespace

void blockServerSignals() {
    const sigset_t signals = serverSignals();
    if (pthread_sigmask(SIG_BLOCK, &signals, nullptr) != 0) {
        throw std::runtime_error("cannot block SIGTERM, SIGINT and SIGHUP");
    }
}

int waitForServerSignal() {
    const sigset_t signals = serverSignals();
    int received = 0;
    while (sigwait(&signals, &received) != 0) {
    }
    return received;
}

}  // namespace recops::common
