// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "incidents/incident_input.h"
#include "incidents/incident_service.h"
#include "store/incident_store.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace recops::alerting {
class AlertBook;
class Escalator;
class OnCallDirectory;
}  // namespace recops::alerting

namespace recops::service {

/// What an escalation did (or, for a duplicate of one in flight, what it had done).
struct IncidentEscalationResult {
    std::string policyId;
    /// The level reached, from 1, and how many the policy has.
    std::size_t level = 0;
    std::size_t levels = 0;
    /// Contacts of the level whose notification was queued, and those without a webhook.
    std::vector<std::string> notified;
    std::vector<std::string> unreachable;
    /// The incident's timeline entry that records it.
    store::TimelineEntryRecord entry;
    /// False when the same escalation by the same caller was recorded already (two copies of
    /// one request racing): nobody was paged a second time.
    bool created = false;
};

/**
 * Raises an incident to the next level of an escalation policy by hand, the way PagerDuty's
 * "escalate" does: the level's contacts are paged through the Escalator (the formats, the
 * delivery log and the retries of alert notifications) and an "escalation" entry with id
 * escalation-<n> is appended to the timeline.
 *
 * The policy is the one asked for; else the one the incident escalated by last; else the one
 * paging for the first of its alerts that has one; else the first policy whose matchers take
 * the labels {alertname="IncidentEscalation", incident_id, severity (the incident's)}. With
 * the same policy the incident goes one level up from where it is: its last escalation, or
 * the level its alerts' escalation reached; another policy starts at its first level.
 *
 * The timeline is the record of the level: the entry is written first, with the store's
 * unique entry id deciding between concurrent escalations, and only the writer pages.
 */
class IncidentEscalation {
public:
    IncidentEscalation(store::IncidentStore& incidents, const alerting::AlertBook& alerts,
                       const alerting::OnCallDirectory& onCall, alerting::Escalator& escalator);

    /// NotFound for an unknown incident, InvalidRequest for an unknown policy, Conflict for a
    /// resolved incident, an incident at its policy's last level, or no policy to use.
    std::variant<IncidentEscalationResult, incidents::IncidentError> escalate(
        std::int64_t incidentId, const incidents::EscalationRequest& request,
        const incidents::Actor& actor);

private:
    store::IncidentStore& m_incidents;
    const alerting::AlertBook& m_alerts;
    const alerting::OnCallDirectory& m_onCall;
    alerting::Escalator& m_escalator;
};

}  // namespace recops::service
