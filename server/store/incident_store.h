// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/incident_record.h"
#include "store/timeline_entry_record.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace recops::store {

/// What append() did with an entry.
enum class AppendResult {
    /// Stored now.
    Appended,
    /// An entry with this id and the same fingerprint was already there: a retry.
    AlreadyPresent,
    /// An entry with this id but another fingerprint is there; nothing was written.
    IdTaken,
    IncidentNotFound,
};

struct TimelineAppendOutcome {
    AppendResult result = AppendResult::Appended;
    /// The entry as stored (the existing one unless Appended); empty for IncidentNotFound.
    std::optional<TimelineEntryRecord> entry;
};

/**
 * Incidents and their timelines. Safe to call from several threads; changes are written
 * over the revision they were made on, so two concurrent changes cannot silently undo each
 * other (the loser re-reads and tries again).
 */
class IncidentStore {
public:
    virtual ~IncidentStore() = default;

    /// Stores @p incident (its id is ignored) with @p entries as its first timeline entries;
    /// returns it with the id it was given.
    virtual IncidentRecord create(IncidentRecord incident,
                                  std::span<const TimelineEntryRecord> entries) = 0;

    virtual std::optional<IncidentRecord> find(std::int64_t id) = 0;

    /// Newest first, at most @p limit, only those with @p status when it is set.
    virtual std::vector<IncidentRecord> list(std::optional<IncidentStatus> status,
                                             std::size_t limit) = 0;

    /**
     * Writes @p updated over the stored incident when the stored revision is still
     * updated.revision, stores it as revision + 1, and appends @p entries; all or nothing.
     * False when the incident changed meanwhile (or is gone): nothing was written.
     */
    virtual bool replace(const IncidentRecord& updated,
                         std::span<const TimelineEntryRecord> entries) = 0;

    /// Appends @p entry to incident @p incidentId unless an entry with its id exists.
    virtual TimelineAppendOutcome append(std::int64_t incidentId,
                                         const TimelineEntryRecord& entry) = 0;

    /// The timeline of @p incidentId in time order (arrival order between equal times).
    virtual std::vector<TimelineEntryRecord> timeline(std::int64_t incidentId) = 0;
};

}  // namespace recops::store
