// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "monitoring/labels.h"
#include "monitoring/severity.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::alerting {

using TimePoint = std::chrono::system_clock::time_point;

/// pending -> firing -> resolved. A pending alert whose condition clears before it fires is
/// resolved too, with no firingSince.
enum class AlertState { Pending, Firing, Resolved };

/// "pending", "firing", "resolved".
std::string_view alertStateName(AlertState state);
std::optional<AlertState> parseAlertState(std::string_view name);

struct Acknowledgment {
    /// The name of the token that acknowledged.
    std::string by;
    TimePoint at;
    std::string comment;
};

/// One occurrence of an alert rule's condition, from the evaluation it started to hold to the
/// one it stopped. Identified by id; its labels say which rule and what it is about.
struct Alert {
    std::string id;
    std::string rule;
    std::string fingerprint;
    monitoring::Labels labels;
    monitoring::Severity severity = monitoring::Severity::Warning;
    AlertState state = AlertState::Pending;
    double value = 0.0;
    std::string summary;
    TimePoint activeSince;
    std::optional<TimePoint> firingSince;
    std::optional<TimePoint> resolvedAt;
    std::optional<Acknowledgment> acknowledgment;
    /// The escalation policy paging for it; empty until escalation starts.
    std::string escalationPolicyId;
    /// How many steps of that policy were paged.
    std::size_t escalationStep = 0;
    /// Every contact paged so far, in the order first paged.
    std::vector<std::string> notifiedContacts;
};

}  // namespace recops::alerting
