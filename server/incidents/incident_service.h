// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "incidents/incident_input.h"
#include "store/incident_store.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace recops::incidents {

/// Who makes a change: the token that authenticated the request.
struct Actor {
    std::string tokenId;
    std::string name;
};

enum class IncidentErrorKind {
    NotFound,
    /// The request names something that does not exist (an unknown escalation policy).
    InvalidRequest,
    /// The change does not fit the incident's state: a status moving backwards, a timeline
    /// entry id reused for different content.
    Conflict,
};

struct IncidentError {
    IncidentErrorKind kind = IncidentErrorKind::NotFound;
    std::string detail;
};

/// A timeline entry after append(): stored now, or found already there (a retry).
struct AppendedEntry {
    store::TimelineEntryRecord entry;
    bool created = false;
};

/// Why an incident in status @p from cannot move to @p to, or nothing. Status moves only
/// forward (open, mitigated, resolved; mitigated may be skipped); staying put is no move.
std::optional<std::string> findTransitionProblem(std::int64_t incidentId,
                                                 store::IncidentStatus from,
                                                 store::IncidentStatus to);

/**
 * Incidents as the API works with them: creation with an opening timeline entry, changes
 * that move status forward and record what changed in the timeline, and timeline entries
 * that are idempotent by the client's entry id.
 */
class IncidentService {
public:
    explicit IncidentService(store::IncidentStore& store) : m_store(store) {}

    store::IncidentRecord create(NewIncident incident, const Actor& actor);

    std::optional<store::IncidentRecord> find(std::int64_t id) { return m_store.find(id); }
    std::vector<store::IncidentRecord> list(std::optional<store::IncidentStatus> status,
                                            std::size_t limit) {
        return m_store.list(status, limit);
    }
    std::vector<store::TimelineEntryRecord> timeline(std::int64_t id) {
        return m_store.timeline(id);
    }

    /**
     * Applies @p patch. Moving status forward records its time (mitigated_at, resolved_at)
     * and a "status" timeline entry; other changes add an "update" entry. A patch that
     * changes nothing writes nothing and returns the incident as it is.
     */
    std::variant<store::IncidentRecord, IncidentError> update(std::int64_t id,
                                                              const IncidentPatch& patch,
                                                              const Actor& actor);

    /// Adds @p entry unless one with its entry id exists: the same content again is a retry
    /// (returned, created = false), other content under the id is a Conflict.
    std::variant<AppendedEntry, IncidentError> append(std::int64_t id, NewTimelineEntry entry,
                                                      const Actor& actor);

private:
    store::IncidentStore& m_store;
};

}  // namespace recops::incidents
