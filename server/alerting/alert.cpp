// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/alert.h"

namespace recops::alerting {

std::string_view alertStateName(AlertState state) {
    switch (state) {
        case AlertState::Pending:
            return "pending";
        case AlertState::Firing:
            return "firing";
        case AlertState::Resolved:
            return "resolved";
    }
    return "pending";
}

std::optional<AlertState> parseAlertState(std::string_view name) {
    for (AlertState state : {AlertState::Pending, AlertState::Firing, AlertState::Resolved}) {
        if (alertStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

}  // namespace recops::alerting
