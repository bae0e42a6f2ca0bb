// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/incident_escalation.h"

#include "alerting/alert_book.h"
#include "alerting/escalator.h"
#include "alerting/on_call_directory.h"
#include "common/digest.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include <nlohmann/json.hpp>

namespace recops::service {
namespace {

using incidents::IncidentError;
using incidents::IncidentErrorKind;

/// Escalations of one incident racing each other are rare; after this many lost races in a
/// row the caller is asked to try again.
constexpr int kEscalationAttempts = 8;

/// The rule name incident notifications carry, and the alertname policies can match.
constexpr std::string_view kSubjectRule = "IncidentEscalation";

/// Where the incident stands after its escalations so far.
struct EscalationState {
    /// Escalation entries in the timeline (the next one is escalation-<count + 1>).
    std::size_t count = 0;
    /// The policy and level of the last one; empty policy when there was none.
    std::string policyId;
    std::size_t level = 0;
};

EscalationState stateOf(const std::vector<store::TimelineEntryRecord>& timeline) {
    EscalationState state;
    for (const store::TimelineEntryRecord& entry : timeline) {
        if (!entry.entryId.starts_with(incidents::kEscalationEntryPrefix)) {
            continue;
        }
        ++state.count;
        const nlohmann::json data = nlohmann::json::parse(entry.data, nullptr, false);
        if (data.is_object() && data.value("policy", nlohmann::json()).is_string() &&
            data.value("level", nlohmann::json()).is_number_unsigned()) {
            state.policyId = data["policy"].get<std::string>();
            state.level = data["level"].get<std::size_t>();
        }
    }
    return state;
}

monitoring::Severity alertSeverity(store::IncidentSeverity severity) {
    switch (severity) {
        case store::IncidentSeverity::Critical:
        case store::IncidentSeverity::High:
            return monitoring::Severity::Critical;
        case store::IncidentSeverity::Medium:
            return monitoring::Severity::Warning;
        case store::IncidentSeverity::Low:
            break;
    }
    return monitoring::Severity::Info;
}

monitoring::Labels subjectLabels(const store::IncidentRecord& incident) {
    return {{"alertname", std::string(kSubjectRule)},
            {"incident_id", std::to_string(incident.id)},
            {"severity", std::string(store::incidentSeverityName(incident.severity))}};
}

/// The incident as the alert-shaped subject notifications are built from: its id is
/// incident-<id> (the delivery log's alert_id, PagerDuty's dedup key recopsd-incident-<id>,
/// so that every level's page folds into one PagerDuty incident).
alerting::Alert subjectOf(const store::IncidentRecord& incident, const std::string& policyId,
                          std::size_t level, const std::string& reason) {
    alerting::Alert subject;
    subject.id = "incident-" + std::to_string(incident.id);
    subject.rule = std::string(kSubjectRule);
    subject.labels = subjectLabels(incident);
    subject.severity = alertSeverity(incident.severity);
    subject.state = alerting::AlertState::Firing;
    subject.value = static_cast<double>(level);
    subject.summary = "incident " + std::to_string(incident.id) + " \"" + incident.title +
                      "\" escalated to level " + std::to_string(level) + " of " + policyId + ": " +
                      reason;
    subject.activeSince = incident.createdAt;
    subject.firingSince = incident.createdAt;
    subject.escalationPolicyId = policyId;
    subject.escalationStep = level;
    return subject;
}

std::vector<std::string> stringsOf(const nlohmann::json& value) {
    std::vector<std::string> strings;
    if (value.is_array()) {
        for (const nlohmann::json& item : value) {
            if (item.is_string()) {
                strings.push_back(item.get<std::string>());
            }
        }
    }
    return strings;
}

/// The answer for an entry that was there already.
IncidentEscalationResult fromEntry(store::TimelineEntryRecord entry) {
    const nlohmann::json data = nlohmann::json::parse(entry.data, nullptr, false);
    IncidentEscalationResult result;
    if (data.is_object()) {
        result.policyId = data.value("policy", "");
        result.level = data.value("level", std::size_t{0});
        result.levels = data.value("levels", std::size_t{0});
        result.notified = stringsOf(data.value("notified", nlohmann::json()));
        result.unreachable = stringsOf(data.value("unreachable", nlohmann::json()));
    }
    result.entry = std::move(entry);
    return result;
}

}  // namespace

IncidentEscalation::IncidentEscalation(store::IncidentStore& incidents,
                                       const alerting::AlertBook& alerts,
                                       const alerting::OnCallDirectory& onCall,
                                       alerting::Escalator& escalator)
    : m_incidents(incidents), m_alerts(alerts), m_onCall(onCall), m_escalator(escalator) {}

std::variant<IncidentEscalationResult, IncidentError> IncidentEscalation::escalate(
    std::int64_t incidentId, const incidents::EscalationRequest& request,
    const incidents::Actor& actor) {
    const std::string name = "incident " + std::to_string(incidentId);
    for (int attempt = 0; attempt < kEscalationAttempts; ++attempt) {
        const std::optional<store::IncidentRecord> incident = m_incidents.find(incidentId);
        if (!incident) {
            return IncidentError{IncidentErrorKind::NotFound,
                                 "no incident has id " + std::to_string(incidentId)};
        }
        if (incident->status == store::IncidentStatus::Resolved) {
            return IncidentError{IncidentErrorKind::Conflict,
                                 name + " is resolved; a resolved incident pages nobody"};
        }
        const EscalationState state = stateOf(m_incidents.timeline(incidentId));
        std::vector<alerting::Alert> alerts;
        for (const std::string& alertId : incident->alertIds) {
            if (auto alert = m_alerts.find(alertId)) {
                alerts.push_back(std::move(*alert));
            }
        }

        std::optional<alerting::EscalationPolicy> policy;
        if (!request.policyId.empty()) {
            policy = m_onCall.policy(request.policyId);
            if (!policy) {
                return IncidentError{IncidentErrorKind::InvalidRequest,
                                     "policy: no escalation policy has id " + request.policyId +
                                         " (GET /api/v1/escalation-policies lists them)"};
            }
        }
        if (!policy && !state.policyId.empty()) {
            policy = m_onCall.policy(state.policyId);
        }
        for (const alerting::Alert& alert : alerts) {
            if (!policy && !alert.escalationPolicyId.empty()) {
                policy = m_onCall.policy(alert.escalationPolicyId);
            }
        }
        if (!policy) {
            policy = m_onCall.policyFor(subjectLabels(*incident));
        }
        if (!policy || policy->levels.empty()) {
            return IncidentError{
                IncidentErrorKind::Conflict,
                "no escalation policy takes " + name +
                    ": name one with \"policy\", or add a policy without matchers (or one "
                    "matching alertname=\"IncidentEscalation\") with PUT "
                    "/api/v1/escalation-policies"};
        }

        // Where the incident stands on this policy: its own last escalation, else how far the
        // policy paged for its alerts (steps count on through repeats; levels start over).
        std::size_t current = 0;
        if (state.policyId == policy->id) {
            current = state.level;
        } else {
            for (const alerting::Alert& alert : alerts) {
                if (alert.escalationPolicyId == policy->id && alert.escalationStep > 0) {
                    current =
                        std::max(current, (alert.escalationStep - 1) % policy->levels.size() + 1);
                }
            }
        }
        const std::size_t levels = policy->levels.size();
        if (current >= levels) {
            return IncidentError{IncidentErrorKind::Conflict,
                                 name + " is at level " + std::to_string(current) + " of " +
                                     std::to_string(levels) + ", the last of policy " + policy->id +
                                     "; there is no higher level to page"};
        }
        const std::size_t level = current + 1;
        const alerting::PageOutcome reach = m_escalator.reach(policy->levels[level - 1].contactIds);

        const nlohmann::json data{{"policy", policy->id},    {"level", level},
                                  {"levels", levels},        {"reason", request.reason},
                                  {"notified", reach.paged}, {"unreachable", reach.unreachable}};
        incidents::NewTimelineEntry entry;
        entry.entryId =
            std::string(incidents::kEscalationEntryPrefix) + std::to_string(state.count + 1);
        entry.kind = "escalation";
        entry.text = "escalated to level " + std::to_string(level) + " of " +
                     std::to_string(levels) + " (policy " + policy->id +
                     "): " + alerting::describePage(reach) + ". Reason: " + request.reason;
        entry.data = data.dump();
        // The caller is part of the content: the same request again is a duplicate, someone
        // else's escalation under the same id is a race lost.
        entry.fingerprint =
            common::sha256(entry.entryId + '\n' + entry.data + '\n' + actor.tokenId);
        auto appended = incidents::IncidentService(m_incidents).append(incidentId, entry, actor);
        if (auto* error = std::get_if<IncidentError>(&appended)) {
            if (error->kind == IncidentErrorKind::Conflict) {
                continue;  // another escalation took this entry id; look again
            }
            return std::move(*error);
        }
        auto& stored = std::get<incidents::AppendedEntry>(appended);
        if (!stored.created) {
            return fromEntry(std::move(stored.entry));
        }
        const auto now = std::chrono::system_clock::now();
        const alerting::PageOutcome paged =
            m_escalator.page(subjectOf(*incident, policy->id, level, request.reason), reach.paged,
                             level - 1, now, "/api/v1/incidents/" + std::to_string(incidentId));
        IncidentEscalationResult result;
        result.policyId = policy->id;
        result.level = level;
        result.levels = levels;
        result.notified = paged.paged;
        result.unreachable = reach.unreachable;
        result.unreachable.insert(result.unreachable.end(), paged.unreachable.begin(),
                                  paged.unreachable.end());
        result.entry = std::move(stored.entry);
        result.created = true;
        return result;
    }
    return IncidentError{IncidentErrorKind::Conflict,
                         name +
                             " kept being escalated while this escalation was applied; "
                             "look at its timeline and try again"};
}

}  // namespace recops::service
