// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/silence.h"

namespace recops::alerting {

std::string_view silenceStateName(SilenceState state) {
    switch (state) {
        case SilenceState::Pending:
            return "pending";
        case SilenceState::Active:
            return "active";
        case SilenceState::Expired:
            return "expired";
    }
    return "expired";
}

std::optional<SilenceState> parseSilenceState(std::string_view name) {
    for (SilenceState state :
         {SilenceState::Pending, SilenceState::Active, SilenceState::Expired}) {
        if (silenceStateName(state) == name) {
            return state;
        }
    }
    return std::nullopt;
}

SilenceState Silence::stateAt(TimePoint now) const {
    if (now >= endsAt) {
        return SilenceState::Expired;
    }
    return now < startsAt ? SilenceState::Pending : SilenceState::Active;
}

bool Silence::silences(const monitoring::Labels& labels, TimePoint now) const {
    return stateAt(now) == SilenceState::Active && matchesAll(matchers, labels);
}

}  // namespace recops::alerting
