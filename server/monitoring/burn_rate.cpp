// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "monitoring/burn_rate.h"

namespace recops::monitoring {

double burnRate(double badRatio, double objective) {
    return badRatio / (1.0 - objective);
}

double errorBudgetRemaining(double badRatio, double objective) {
    return 1.0 - burnRate(badRatio, objective);
}

}  // namespace recops::monitoring
