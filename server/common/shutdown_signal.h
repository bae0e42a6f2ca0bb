// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::common {

/**
 * Blocks SIGTERM and SIGINT in the calling thread and in every thread it starts afterwards.
 *
 * Call it before starting any thread: the signals then stay pending until
 * waitForShutdownSignal() takes them, so no thread is interrupted at an arbitrary point.
 * Threads that libraries started before (OpenBLAS starts its workers when it is loaded) do
 * not block them; a signal that reaches one is passed on to the calling thread, so it is
 * taken by waitForShutdownSignal() too instead of ending the process.
 */
void blockShutdownSignals();

/// Waits until SIGTERM or SIGINT arrives and returns its number.
int waitForShutdownSignal();

}  // namespace recops::common
