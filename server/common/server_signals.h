// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::common {

/**
 * Blocks SIGTERM, SIGINT and SIGHUP in the calling thread and in every thread it starts
 * afterwards.
 *
 * Call it before starting any thread: the signals then stay pending until
 * waitForServerSignal() takes them, so no thread is interrupted at an arbitrary point and
 * no signal handler has to be async-signal-safe.
 */
void blockServerSignals();

/// Waits until SIGTERM or SIGINT (stop) or SIGHUP (reload the configuration) arrives and
/// returns its number.
int waitForServerSignal();

}  // namespace recops::common
