// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace recops::store {

/// Who acknowledged an alert, when, and what they said.
struct AcknowledgmentRecord {
    std::string by;
    std::int64_t atMs = 0;
    std::string comment;
};

/// A stored alert: one occurrence of a rule's condition, from pending to resolved.
struct AlertRecord {
    /// 16 hex digits.
    std::string id;
    std::string rule;
    /// The label set as one text: identifies which alert of the rule this is.
    std::string fingerprint;
    std::map<std::string, std::string> labels;
    /// "info", "warning" or "critical".
    std::string severity;
    /// "pending", "firing" or "resolved".
    std::string state;
    double value = 0.0;
    std::string summary;
    std::int64_t activeSinceMs = 0;
    std::optional<std::int64_t> firingSinceMs;
    std::optional<std::int64_t> resolvedAtMs;
    std::optional<AcknowledgmentRecord> acknowledgment;
    /// The policy escalating it; empty before escalation starts.
    std::string escalationPolicyId;
    /// How many escalation steps were paged.
    std::int64_t escalationStep = 0;
    /// Contacts paged so far (told again when it resolves).
    std::vector<std::string> notifiedContacts;
};

/// One entry of an alert's history.
struct AlertEventRecord {
    /// Assigned by the store, increasing.
    std::int64_t id = 0;
    std::string alertId;
    std::int64_t atMs = 0;
    /// "pending", "firing", "resolved", "cleared", "acknowledged" or "escalated".
    std::string kind;
    /// Who did it: a token's name, or "recopsd" for the server's own transitions.
    std::string actor;
    std::string detail;
};

/// Which history entries to list, newest first.
struct AlertEventQuery {
    std::optional<std::string> alertId;
    std::optional<std::int64_t> fromMs;
    std::optional<std::int64_t> toMs;
    /// Entries with an id below this one (paging back in time).
    std::optional<std::int64_t> beforeId;
    std::size_t limit = 100;
};

}  // namespace recops::store
