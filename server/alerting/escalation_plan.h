// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/escalation_policy.h"

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace recops::alerting {

/// One paging of a policy: level `level` in cycle `cycle`, `offset` after the alert fired.
struct EscalationStep {
    /// Position in the whole plan, from 0.
    std::size_t index = 0;
    /// 0 for the first pass through the levels, 1 for the first repeat...
    std::size_t cycle = 0;
    std::size_t level = 0;
    std::chrono::milliseconds offset{0};
    std::vector<std::string> contactIds;
};

/// Every step of @p policy in order: levels x (repeat + 1).
std::vector<EscalationStep> planEscalation(const EscalationPolicy& policy);

}  // namespace recops::alerting
