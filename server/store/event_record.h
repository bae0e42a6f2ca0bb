// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace recops::store {

/// One user event as the event store keeps it. `type` is an open vocabulary (view, click,
/// complete, rate, ...); `value` is the rating for `rate` events and otherwise informative.
struct EventRecord {
    std::string userId;
    std::string itemId;
    std::string type;
    double value = 0.0;
    /// When the event happened, Unix milliseconds (the client's clock).
    std::int64_t occurredAtMs = 0;
    /// Set by the client so that a retried batch is not counted twice; empty for none.
    std::string idempotencyKey;
};

/// What append() did with a batch.
struct AppendOutcome {
    /// Events stored by this call.
    std::size_t accepted = 0;
    /// Events whose idempotency key was already stored, and were therefore skipped.
    std::size_t duplicates = 0;
};

}  // namespace recops::store
