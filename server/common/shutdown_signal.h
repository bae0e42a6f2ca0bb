// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::common {

/**
 * Blocks SIGTERM and SIGINT in the calling thread and in every thread it starts afterwards.
 *
 * Call it before starting any thread: the signals then stay pending until
 * waitForShutdownSignal() takes them, so no thread is interrupted at an arbitrary point and
 * no signal handler has to be async-signal-safe.
 */
void blockShutdownSignals();

/// Waits until SIGTERM or SIGINT arrives and returns its number.
int waitForShutdownSignal();

}  // namespace recops::common
