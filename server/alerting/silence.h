// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/alert.h"
#include "alerting/label_matcher.h"

#include <string>
#include <string_view>
#include <vector>

namespace recops::alerting {

/// Where a silence is at a given time.
enum class SilenceState { Pending, Active, Expired };

/// "pending", "active", "expired".
std::string_view silenceStateName(SilenceState state);
std::optional<SilenceState> parseSilenceState(std::string_view name);

/// Mutes notifications and escalation, and hides from the alert list, every alert that all
/// its matchers match while it is active (from startsAt to endsAt).
struct Silence {
    std::string id;
    std::vector<LabelMatcher> matchers;
    TimePoint startsAt;
    TimePoint endsAt;
    std::string createdBy;
    std::string comment;
    TimePoint createdAt;

    SilenceState stateAt(TimePoint now) const;
    bool silences(const monitoring::Labels& labels, TimePoint now) const;
};

}  // namespace recops::alerting
