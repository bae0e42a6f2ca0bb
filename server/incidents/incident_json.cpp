// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "incidents/incident_json.h"

#include "common/timestamp.h"

namespace recops::incidents {
namespace {

nlohmann::json optionalTime(const std::optional<std::chrono::system_clock::time_point>& time) {
    return time ? nlohmann::json(common::formatTimestamp(*time)) : nlohmann::json();
}

}  // namespace

nlohmann::json incidentToJson(const store::IncidentRecord& incident) {
    return {
        {"id", incident.id},
        {"title", incident.title},
        {"severity", store::incidentSeverityName(incident.severity)},
        {"status", store::incidentStatusName(incident.status)},
        {"summary", incident.summary},
        {"commander",
         incident.commander.empty() ? nlohmann::json() : nlohmann::json(incident.commander)},
        {"alert_ids", incident.alertIds},
        {"created_at", common::formatTimestamp(incident.createdAt)},
        {"created_by", {{"token_id", incident.createdByTokenId}, {"name", incident.createdByName}}},
        {"updated_at", common::formatTimestamp(incident.updatedAt)},
        {"mitigated_at", optionalTime(incident.mitigatedAt)},
        {"resolved_at", optionalTime(incident.resolvedAt)},
    };
}

nlohmann::json incidentToJson(const store::IncidentRecord& incident,
                              const std::vector<store::TimelineEntryRecord>& timeline) {
    nlohmann::json json = incidentToJson(incident);
    nlohmann::json entries = nlohmann::json::array();
    for (const store::TimelineEntryRecord& entry : timeline) {
        entries.push_back(timelineEntryToJson(entry));
    }
    json["timeline"] = std::move(entries);
    return json;
}

nlohmann::json timelineEntryToJson(const store::TimelineEntryRecord& entry) {
    // The data was checked to be a JSON object when it was stored.
    nlohmann::json data = nlohmann::json::parse(entry.data, nullptr, false);
    return {
        {"entry_id", entry.entryId},
        {"time", common::formatTimestamp(entry.time)},
        {"author", entry.author},
        {"kind", entry.kind},
        {"text", entry.text},
        {"data", data.is_discarded() ? nlohmann::json::object() : std::move(data)},
        {"recorded_at", common::formatTimestamp(entry.recordedAt)},
        {"recorded_by", entry.recordedByTokenId},
    };
}

}  // namespace recops::incidents
