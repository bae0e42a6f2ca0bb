// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace recops::drills {

/// What a drill breaks.
enum class FaultKind {
    /// API requests are held back by `magnitude` milliseconds before they are answered.
    Latency,
    /// A share `magnitude` (0..1) of API requests is answered 503.
    Errors,
    /// /readyz fails, as if the serving model were gone.
    ModelUnavailable,
    /// The recommendation cache behaves as if its backend were down (every lookup misses).
    CacheDown,
    /// Store operations take `magnitude` milliseconds longer.
    SlowStore,
};

std::span<const FaultKind> allFaultKinds();

/// "latency", "errors", "model_unavailable", "cache_down", "slow_store".
std::string_view faultKindName(FaultKind kind);
std::optional<FaultKind> parseFaultKind(std::string_view name);

}  // namespace recops::drills
