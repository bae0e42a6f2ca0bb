// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/incident_record.h"
#include "store/timeline_entry_record.h"

#include <vector>

#include <nlohmann/json.hpp>

namespace recops::incidents {

/// An incident as the API shows it: {"id", "title", "severity", "status", "summary",
/// "commander" (null when none), "alert_ids", "created_at", "created_by": {"token_id",
/// "name"}, "updated_at", "mitigated_at", "resolved_at" (null until reached)}.
nlohmann::json incidentToJson(const store::IncidentRecord& incident);

/// The same with "timeline": every entry in time order.
nlohmann::json incidentToJson(const store::IncidentRecord& incident,
                              const std::vector<store::TimelineEntryRecord>& timeline);

/// {"entry_id", "time", "author", "kind", "text", "data", "recorded_at", "recorded_by"}.
nlohmann::json timelineEntryToJson(const store::TimelineEntryRecord& entry);

}  // namespace recops::incidents
