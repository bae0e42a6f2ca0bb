// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "incidents/incident_input.h"

#include "common/timestamp.h"
#include "incidents/input_checks.h"

#include <algorithm>

namespace recops::incidents {
namespace {

/// A member's problem as a value: set once by the first check that fails.
using Problem = std::optional<std::string>;

std::string severityNames() {
    std::string names;
    for (const std::string_view name : store::kIncidentSeverityNames) {
        names += (names.empty() ? "" : ", ") + std::string(name);
    }
    return names;
}

std::variant<store::IncidentSeverity, std::string> readSeverity(const nlohmann::json& value) {
    const auto severity = value.is_string()
                              ? store::parseIncidentSeverity(value.get_ref<const std::string&>())
                              : std::nullopt;
    if (!severity) {
        return "severity must be one of " + severityNames();
    }
    return *severity;
}

std::variant<std::vector<std::string>, std::string> readAlertIds(const nlohmann::json& value) {
    if (!value.is_array()) {
        return std::string("alert_ids must be an array of alert ids");
    }
    if (value.size() > kMaxAlertIds) {
        return "alert_ids has at most " + std::to_string(kMaxAlertIds) + " ids";
    }
    std::vector<std::string> alertIds;
    for (std::size_t index = 0; index < value.size(); ++index) {
        const std::string member = "alert_ids[" + std::to_string(index) + "]";
        if (Problem problem = findIdentifierProblem(member, value[index], kMaxAlertIdLength)) {
            return *problem;
        }
        const std::string& alertId = value[index].get_ref<const std::string&>();
        if (std::find(alertIds.begin(), alertIds.end(), alertId) != alertIds.end()) {
            return "alert_ids lists " + alertId + " twice";
        }
        alertIds.push_back(alertId);
    }
    return alertIds;
}

/// Reads text member @p member into @p into, checked as findTextProblem() does.
Problem readText(std::string_view member, const nlohmann::json& value, std::size_t minimum,
                 std::size_t maximum, LineBreaks lineBreaks, std::string& into) {
    if (Problem problem = findTextProblem(member, value, minimum, maximum, lineBreaks)) {
        return problem;
    }
    into = value.get<std::string>();
    return std::nullopt;
}

Problem readTitle(const nlohmann::json& value, std::string& title) {
    return readText("title", value, 1, kMaxTitleBytes, LineBreaks::Refused, title);
}

Problem readSummary(const nlohmann::json& value, std::string& summary) {
    return readText("summary", value, 0, kMaxSummaryBytes, LineBreaks::Allowed, summary);
}

Problem readCommander(const nlohmann::json& value, std::string& commander) {
    return readText("commander", value, 0, kMaxNameBytes, LineBreaks::Refused, commander);
}

template <typename T>
Problem take(std::variant<T, std::string> read, T& into) {
    if (auto* problem = std::get_if<std::string>(&read)) {
        return std::move(*problem);
    }
    into = std::move(std::get<T>(read));
    return std::nullopt;
}

bool isKind(std::string_view kind) {
    if (kind.empty() || kind.size() > kMaxKindLength || kind.front() < 'a' || kind.front() > 'z') {
        return false;
    }
    // Dotted kinds (step.started, run.finished) are what runbook runs write.
    return kind.back() != '.' && std::all_of(kind.begin(), kind.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
           });
}

}  // namespace

std::variant<NewIncident, std::string> readNewIncident(const nlohmann::json& body) {
    if (!body.is_object()) {
        return std::string(
            "expected a JSON object such as {\"title\": \"Recommendations slow\", "
            "\"severity\": \"high\"}");
    }
    if (Problem problem = findUnknownMember(
            body, {"title", "severity", "summary", "alert_ids", "commander"}, "an incident")) {
        return *problem;
    }
    if (!body.contains("title")) {
        return std::string("title is required");
    }
    if (!body.contains("severity")) {
        return "severity is required: one of " + severityNames();
    }
    NewIncident incident;
    Problem problem = readTitle(body["title"], incident.title);
    problem = problem ? problem : take(readSeverity(body["severity"]), incident.severity);
    if (!problem && body.contains("summary")) {
        problem = readSummary(body["summary"], incident.summary);
    }
    if (!problem && body.contains("commander")) {
        problem = readCommander(body["commander"], incident.commander);
    }
    if (!problem && body.contains("alert_ids")) {
        problem = take(readAlertIds(body["alert_ids"]), incident.alertIds);
    }
    if (problem) {
        return *problem;
    }
    return incident;
}

std::variant<IncidentPatch, std::string> readIncidentPatch(const nlohmann::json& body) {
    if (!body.is_object()) {
        return std::string("expected a JSON object such as {\"status\": \"mitigated\"}");
    }
    if (Problem problem = findUnknownMember(
            body, {"status", "title", "severity", "summary", "alert_ids", "commander"},
            "a change to an incident")) {
        return *problem;
    }
    if (body.empty()) {
        return std::string(
            "a change needs at least one of status, title, severity, summary, alert_ids, "
            "commander");
    }
    IncidentPatch patch;
    Problem problem;
    if (body.contains("status")) {
        const auto& value = body["status"];
        patch.status = value.is_string()
                           ? store::parseIncidentStatus(value.get_ref<const std::string&>())
                           : std::nullopt;
        if (!patch.status) {
            problem = "status must be one of open, mitigated, resolved";
        }
    }
    if (!problem && body.contains("title")) {
        problem = readTitle(body["title"], patch.title.emplace());
    }
    if (!problem && body.contains("severity")) {
        problem = take(readSeverity(body["severity"]), patch.severity.emplace());
    }
    if (!problem && body.contains("summary")) {
        problem = readSummary(body["summary"], patch.summary.emplace());
    }
    if (!problem && body.contains("commander")) {
        problem = readCommander(body["commander"], patch.commander.emplace());
    }
    if (!problem && body.contains("alert_ids")) {
        problem = take(readAlertIds(body["alert_ids"]), patch.alertIds.emplace());
    }
    if (problem) {
        return *problem;
    }
    return patch;
}

std::variant<NewTimelineEntry, std::string> readTimelineEntry(const nlohmann::json& body) {
    if (!body.is_object()) {
        return std::string(
            "expected a JSON object such as {\"entry_id\": \"run-17-step-3\", \"kind\": "
            "\"runbook_step\", \"text\": \"Restarted the cache\"}");
    }
    if (Problem problem = findUnknownMember(
            body, {"entry_id", "time", "author", "kind", "text", "data"}, "a timeline entry")) {
        return *problem;
    }
    if (!body.contains("entry_id")) {
        return std::string(
            "entry_id is required: the client's own id for the entry, so that a retry adds "
            "nothing");
    }
    if (!body.contains("kind")) {
        return std::string("kind is required, for example note or runbook_step");
    }
    NewTimelineEntry entry;
    if (Problem problem = findIdentifierProblem("entry_id", body["entry_id"], kMaxEntryIdLength)) {
        return *problem;
    }
    entry.entryId = body["entry_id"].get<std::string>();
    if (entry.entryId.starts_with(kStatusEntryPrefix) ||
        entry.entryId.starts_with(kUpdateEntryPrefix) ||
        entry.entryId.starts_with(kEscalationEntryPrefix)) {
        return "entry_id cannot start with " + std::string(kStatusEntryPrefix) + ", " +
               std::string(kUpdateEntryPrefix) + " or " + std::string(kEscalationEntryPrefix) +
               ": those are the server's own entries";
    }
    const auto& kind = body["kind"];
    if (!kind.is_string() || !isKind(kind.get_ref<const std::string&>())) {
        return "kind must be 1 to " + std::to_string(kMaxKindLength) +
               " characters of a-z 0-9 _ ., starting with a letter";
    }
    entry.kind = kind.get<std::string>();
    if (entry.kind == "status" || entry.kind == "update") {
        return "kind " + entry.kind + " is the server's own, for changes made through PATCH";
    }
    if (body.contains("time")) {
        const auto& time = body["time"];
        entry.time = time.is_string() ? common::parseTimestamp(time.get_ref<const std::string&>())
                                      : std::nullopt;
        if (!entry.time) {
            return std::string("time must be an RFC 3339 time such as 2026-03-01T12:00:00.000Z");
        }
    }
    if (body.contains("author")) {
        if (Problem problem = readText("author", body["author"], 1, kMaxNameBytes,
                                       LineBreaks::Refused, entry.author.emplace())) {
            return *problem;
        }
    }
    if (body.contains("text")) {
        if (Problem problem = readText("text", body["text"], 0, kMaxEntryTextBytes,
                                       LineBreaks::Allowed, entry.text)) {
            return *problem;
        }
    }
    if (body.contains("data")) {
        if (!body["data"].is_object()) {
            return std::string("data must be a JSON object");
        }
        entry.data = body["data"].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (entry.data.size() > kMaxEntryDataBytes) {
            return "data has at most " + std::to_string(kMaxEntryDataBytes) +
                   " bytes when serialized";
        }
    }
    // Objects keep their members sorted, so the same entry always serializes the same way.
    entry.fingerprint =
        common::sha256(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return entry;
}

std::variant<EscalationRequest, std::string> readEscalationRequest(const nlohmann::json& body) {
    if (!body.is_object()) {
        return std::string(
            "expected a JSON object such as {\"reason\": \"the cache is still down after the "
            "restart\"}");
    }
    if (Problem problem = findUnknownMember(body, {"reason", "policy"}, "an escalation")) {
        return *problem;
    }
    if (!body.contains("reason")) {
        return std::string("reason is required: why the incident needs the next escalation level");
    }
    EscalationRequest request;
    if (Problem problem = findTextProblem("reason", body["reason"], 1, kMaxEscalationReasonBytes,
                                          LineBreaks::Allowed)) {
        return *problem;
    }
    request.reason = body["reason"].get<std::string>();
    if (body.contains("policy")) {
        if (Problem problem = findIdentifierProblem("policy", body["policy"], kMaxPolicyIdLength)) {
            return *problem;
        }
        request.policyId = body["policy"].get<std::string>();
    }
    return request;
}

}  // namespace recops::incidents
