// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "incidents/incident_service.h"

#include "server/support/temporary_directory.h"
#include "store/sqlite_storage.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::incidents {
namespace {

using store::IncidentStatus;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class IncidentServiceTest : public ::testing::Test {
protected:
    store::IncidentRecord open() {
        return m_service.create(NewIncident{"Slow", store::IncidentSeverity::High, "", "", {}},
                                m_actor);
    }

    std::variant<store::IncidentRecord, IncidentError> move(std::int64_t id, IncidentStatus to) {
        IncidentPatch patch;
        patch.status = to;
        return m_service.update(id, patch, m_actor);
    }

    std::vector<std::string> kinds(std::int64_t id) {
        std::vector<std::string> found;
        for (const auto& entry : m_service.timeline(id)) {
            found.push_back(entry.entryId + ":" + entry.kind);
        }
        return found;
    }

    testing::TemporaryDirectory m_directory;
    store::SqliteStorage m_storage{store::SqliteOptions{m_directory / "recops.db", 1000}};
    IncidentService m_service{m_storage.incidents()};
    Actor m_actor{"3f9a0c1d2e4b5a69", "console-alice"};
};

TEST_F(IncidentServiceTest, CreationOpensTheIncidentAndItsTimeline) {
    const auto incident = open();
    EXPECT_EQ(incident.status, IncidentStatus::Open);
    EXPECT_EQ(incident.createdByName, "console-alice");
    const auto timeline = m_service.timeline(incident.id);
    ASSERT_EQ(timeline.size(), 1u);
    EXPECT_EQ(timeline[0].entryId, "status-open");
    EXPECT_EQ(timeline[0].author, "console-alice");
    EXPECT_EQ(nlohmann::json::parse(timeline[0].data),
              (nlohmann::json{{"from", nullptr}, {"to", "open"}}));
}

TEST_F(IncidentServiceTest, StatusMovesForwardAndRecordsItsTimes) {
    const auto incident = open();
    const auto mitigated =
        std::get<store::IncidentRecord>(move(incident.id, IncidentStatus::Mitigated));
    EXPECT_EQ(mitigated.status, IncidentStatus::Mitigated);
    ASSERT_TRUE(mitigated.mitigatedAt);
    EXPECT_FALSE(mitigated.resolvedAt);
    const auto resolved =
        std::get<store::IncidentRecord>(move(incident.id, IncidentStatus::Resolved));
    ASSERT_TRUE(resolved.resolvedAt);
    EXPECT_EQ(resolved.mitigatedAt, mitigated.mitigatedAt);
    EXPECT_GE(*resolved.resolvedAt, *resolved.mitigatedAt);
    EXPECT_THAT(kinds(incident.id), ElementsAre("status-open:status", "status-mitigated:status",
                                                "status-resolved:status"));
}

TEST_F(IncidentServiceTest, OpenMayGoStraightToResolved) {
    const auto incident = open();
    const auto resolved =
        std::get<store::IncidentRecord>(move(incident.id, IncidentStatus::Resolved));
    EXPECT_FALSE(resolved.mitigatedAt);
    EXPECT_TRUE(resolved.resolvedAt);
}

TEST_F(IncidentServiceTest, MovingBackIsAConflictAndChangesNothing) {
    const auto incident = open();
    move(incident.id, IncidentStatus::Resolved);
    const auto back = move(incident.id, IncidentStatus::Mitigated);
    ASSERT_TRUE(std::holds_alternative<IncidentError>(back));
    EXPECT_EQ(std::get<IncidentError>(back).kind, IncidentErrorKind::Conflict);
    EXPECT_EQ(std::get<IncidentError>(back).detail,
              "incident " + std::to_string(incident.id) +
                  " is resolved and cannot move back to mitigated; status moves only forward: "
                  "open, mitigated, resolved");
    EXPECT_EQ(m_service.find(incident.id)->status, IncidentStatus::Resolved);
}

TEST_F(IncidentServiceTest, TheSameStatusAgainIsNoChange) {
    const auto incident = open();
    move(incident.id, IncidentStatus::Mitigated);
    const auto again =
        std::get<store::IncidentRecord>(move(incident.id, IncidentStatus::Mitigated));
    EXPECT_EQ(again.revision, 2);
    EXPECT_EQ(m_service.timeline(incident.id).size(), 2u);
}

TEST_F(IncidentServiceTest, OtherChangesAreRecordedAsAnUpdate) {
    const auto incident = open();
    IncidentPatch patch;
    patch.severity = store::IncidentSeverity::Critical;
    patch.commander = "bob";
    patch.summary = "long text";
    const auto changed =
        std::get<store::IncidentRecord>(m_service.update(incident.id, patch, m_actor));
    EXPECT_EQ(changed.severity, store::IncidentSeverity::Critical);
    EXPECT_EQ(changed.commander, "bob");
    const auto timeline = m_service.timeline(incident.id);
    ASSERT_EQ(timeline.size(), 2u);
    EXPECT_EQ(timeline[1].entryId, "update-2");
    EXPECT_EQ(timeline[1].text, "changed severity, commander, summary");
    const auto data = nlohmann::json::parse(timeline[1].data);
    EXPECT_EQ(data["from"]["severity"], "high");
    EXPECT_EQ(data["to"]["commander"], "bob");
    EXPECT_FALSE(data["to"].contains("summary"));
}

TEST_F(IncidentServiceTest, AnUnknownIncidentIsNotFound) {
    const auto missing = move(999, IncidentStatus::Resolved);
    EXPECT_EQ(std::get<IncidentError>(missing).kind, IncidentErrorKind::NotFound);
    const auto append =
        m_service.append(999, NewTimelineEntry{"e", {}, {}, "note", "", "{}", {}}, m_actor);
    EXPECT_EQ(std::get<IncidentError>(append).kind, IncidentErrorKind::NotFound);
}

TEST_F(IncidentServiceTest, TimelineEntriesAreIdempotentByEntryId) {
    const auto incident = open();
    NewTimelineEntry entry{"run-1", {}, {}, "note", "checked the cache", "{}", {}};
    entry.fingerprint[0] = 1;
    const auto first = std::get<AppendedEntry>(m_service.append(incident.id, entry, m_actor));
    EXPECT_TRUE(first.created);
    EXPECT_EQ(first.entry.author, "console-alice");
    const auto retry = std::get<AppendedEntry>(m_service.append(incident.id, entry, m_actor));
    EXPECT_FALSE(retry.created);
    EXPECT_EQ(retry.entry.time, first.entry.time);
    entry.fingerprint[0] = 2;
    const auto clash = m_service.append(incident.id, entry, m_actor);
    EXPECT_EQ(std::get<IncidentError>(clash).kind, IncidentErrorKind::Conflict);
    EXPECT_THAT(std::get<IncidentError>(clash).detail, HasSubstr("already has an entry run-1"));
    EXPECT_EQ(m_service.timeline(incident.id).size(), 2u);
}

}  // namespace
}  // namespace recops::incidents
