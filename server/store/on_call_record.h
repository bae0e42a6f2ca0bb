// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/silence_record.h"

#include <cstdint>
#include <string>
#include <vector>

namespace recops::store {

/// Someone who can be paged, and how.
struct ContactRecord {
    std::string id;
    std::string name;
    std::string role;
    std::string email;
    std::string phone;
    /// Where notifications are posted; empty when the contact has no webhook.
    std::string webhookUrl;
    /// "slack", "pagerduty" or "alertmanager"; empty without a webhook.
    std::string webhookFormat;
    /// PagerDuty Events v2 routing (integration) key; a secret.
    std::string routingKey;

    bool operator==(const ContactRecord&) const = default;
};

/// One level of an escalation policy: who is paged, and how long to wait for an
/// acknowledgment before the next level is.
struct EscalationLevelRecord {
    std::int64_t delayMs = 0;
    std::vector<std::string> contactIds;

    bool operator==(const EscalationLevelRecord&) const = default;
};

/// Levels paged in order until an alert is acknowledged, repeated `repeat` more times.
struct EscalationPolicyRecord {
    std::string id;
    std::string name;
    /// Which alerts it escalates; empty matches every alert.
    std::vector<MatcherRecord> matchers;
    std::vector<EscalationLevelRecord> levels;
    std::int64_t repeat = 0;

    bool operator==(const EscalationPolicyRecord&) const = default;
};

}  // namespace recops::store
