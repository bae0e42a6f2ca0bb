// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/digest.h"
#include "store/incident_record.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

// What clients send to create and change incidents and to add timeline entries, read from
// JSON with every rule checked. A reader returns the request, or the complaint (naming the
// member and what is expected) that becomes a 400.
namespace recops::incidents {

inline constexpr std::size_t kMaxTitleBytes = 200;
inline constexpr std::size_t kMaxSummaryBytes = 10'000;
inline constexpr std::size_t kMaxNameBytes = 100;
inline constexpr std::size_t kMaxAlertIds = 100;
inline constexpr std::size_t kMaxAlertIdLength = 128;
inline constexpr std::size_t kMaxEntryIdLength = 64;
inline constexpr std::size_t kMaxKindLength = 32;
inline constexpr std::size_t kMaxEntryTextBytes = 10'000;
inline constexpr std::size_t kMaxEntryDataBytes = 16'384;
inline constexpr std::size_t kMaxEscalationReasonBytes = 2000;
inline constexpr std::size_t kMaxPolicyIdLength = 64;

/// Timeline entry ids the server gives its own entries start so; clients' may not.
inline constexpr std::string_view kStatusEntryPrefix = "status-";
inline constexpr std::string_view kUpdateEntryPrefix = "update-";
inline constexpr std::string_view kEscalationEntryPrefix = "escalation-";

struct NewIncident {
    std::string title;
    store::IncidentSeverity severity = store::IncidentSeverity::High;
    std::string summary;
    std::string commander;
    std::vector<std::string> alertIds;
};

/// The members a PATCH sets; those left out stay as they are.
struct IncidentPatch {
    std::optional<std::string> title;
    std::optional<store::IncidentSeverity> severity;
    std::optional<std::string> summary;
    std::optional<std::string> commander;
    std::optional<std::vector<std::string>> alertIds;
    std::optional<store::IncidentStatus> status;
};

struct NewTimelineEntry {
    std::string entryId;
    /// When it happened; now when the client did not say.
    std::optional<std::chrono::system_clock::time_point> time;
    /// Who did it; the caller's token name when the client did not say.
    std::optional<std::string> author;
    std::string kind;
    std::string text;
    /// A JSON object, serialized.
    std::string data = "{}";
    /// SHA-256 of the request body in canonical form: a retry has the same one.
    common::Sha256Digest fingerprint{};
};

/// POST /api/v1/incidents/{id}/escalate: why, and optionally which escalation policy.
struct EscalationRequest {
    std::string reason;
    /// Empty: the policy the incident escalates by already (see IncidentEscalation).
    std::string policyId;
};

std::variant<NewIncident, std::string> readNewIncident(const nlohmann::json& body);
std::variant<IncidentPatch, std::string> readIncidentPatch(const nlohmann::json& body);
std::variant<NewTimelineEntry, std::string> readTimelineEntry(const nlohmann::json& body);
std::variant<EscalationRequest, std::string> readEscalationRequest(const nlohmann::json& body);

}  // namespace recops::incidents
