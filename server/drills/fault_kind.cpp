// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "drills/fault_kind.h"

#include <array>

namespace recops::drills {
namespace {

constexpr std::array kKinds{FaultKind::Latency, FaultKind::Errors, FaultKind::ModelUnavailable,
                            FaultKind::CacheDown, FaultKind::SlowStore};
constexpr std::array<std::string_view, 5> kNames{"latency", "errors", "model_unavailable",
                                                 "cache_down", "slow_store"};

}  // namespace

std::span<const FaultKind> allFaultKinds() {
    return kKinds;
}

std::string_view faultKindName(FaultKind kind) {
    return kNames[static_cast<std::size_t>(kind)];
}

std::optional<FaultKind> parseFaultKind(std::string_view name) {
    for (FaultKind kind : kKinds) {
        if (faultKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

}  // namespace recops::drills
