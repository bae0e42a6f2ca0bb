// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "drills/fault_kind.h"

#include <chrono>
#include <string>

namespace recops::drills {

/// An injected fault. Every fault has an end: nothing can make it last forever.
struct Fault {
    /// 16 hex digits.
    std::string id;
    FaultKind kind = FaultKind::Latency;
    /// latency and slow_store: milliseconds added; errors: the share of requests failed
    /// (0..1); model_unavailable and cache_down: 1.
    double magnitude = 1.0;
    std::chrono::system_clock::time_point startedAt;
    std::chrono::system_clock::time_point expiresAt;
    /// The name of the token that injected it.
    std::string createdBy;
};

}  // namespace recops::drills
