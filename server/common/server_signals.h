// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::common {

/**
 * Prepares for SIGTERM, SIGINT (stop) and SIGHUP (reload): installs a handler that records the
 * signal on a pipe, and blocks the three in the calling thread and every thread it starts
 * afterwards, so that no thread of recopsd's own is interrupted at an arbitrary point.
 *
 * Call it before starting any thread. Libraries may start threads of their own before main()
 * (OpenBLAS does, at load time) with the signals unblocked; the kernel may deliver a signal to
 * one of them, which is why the signal is caught by a handler rather than only blocked and
 * waited for: whichever thread takes it, the handler records it and nothing dies.
 */
void blockServerSignals();

/// Waits until SIGTERM, SIGINT or SIGHUP arrives and returns its number. Unblocks them in the
/// calling thread while it waits, so that a signal no other thread can take arrives here.
int waitForServerSignal();

}  // namespace recops::common
