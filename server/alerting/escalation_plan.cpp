// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/escalation_plan.h"

namespace recops::alerting {

std::vector<EscalationStep> planEscalation(const EscalationPolicy& policy) {
    std::vector<EscalationStep> steps;
    std::chrono::milliseconds offset{0};
    for (std::size_t cycle = 0; cycle <= policy.repeat; ++cycle) {
        for (std::size_t level = 0; level < policy.levels.size(); ++level) {
            steps.push_back({steps.size(), cycle, level, offset, policy.levels[level].contactIds});
            offset += policy.levels[level].delay;
        }
    }
    return steps;
}

}  // namespace recops::alerting
