// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/incident_store.h"
#include "store/shared_sqlite_connection.h"

namespace recops::store {

/// Incidents in the SQLite tables `incidents`, `incident_alerts` and `incident_timeline`.
class SqliteIncidentStore final : public IncidentStore {
public:
    explicit SqliteIncidentStore(SharedSqliteConnection& connection) : m_connection(connection) {}

    IncidentRecord create(IncidentRecord incident,
                          std::span<const TimelineEntryRecord> entries) override;
    std::optional<IncidentRecord> find(std::int64_t id) override;
    std::vector<IncidentRecord> list(std::optional<IncidentStatus> status,
                                     std::size_t limit) override;
    bool replace(const IncidentRecord& updated,
                 std::span<const TimelineEntryRecord> entries) override;
    TimelineAppendOutcome append(std::int64_t incidentId,
                                 const TimelineEntryRecord& entry) override;
    std::vector<TimelineEntryRecord> timeline(std::int64_t incidentId) override;

private:
    SharedSqliteConnection& m_connection;
};

}  // namespace recops::store
