// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "incidents/incident_input.h"

#include "common/timestamp.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::incidents {
namespace {

using nlohmann::json;

template <typename Request>
std::string problemOf(std::variant<Request, std::string> read) {
    EXPECT_TRUE(std::holds_alternative<std::string>(read));
    return std::holds_alternative<std::string>(read) ? std::get<std::string>(read) : "";
}

TEST(IncidentInputTest, ReadsANewIncident) {
    const auto read = readNewIncident(json{{"title", "Slow recommendations"},
                                           {"severity", "critical"},
                                           {"summary", "P95 at 300 ms\nsince 12:00"},
                                           {"alert_ids", {"p95-latency", "error-rate"}},
                                           {"commander", "alice"}});
    ASSERT_TRUE(std::holds_alternative<NewIncident>(read)) << std::get<std::string>(read);
    const NewIncident& incident = std::get<NewIncident>(read);
    EXPECT_EQ(incident.title, "Slow recommendations");
    EXPECT_EQ(incident.severity, store::IncidentSeverity::Critical);
    EXPECT_EQ(incident.summary, "P95 at 300 ms\nsince 12:00");
    EXPECT_THAT(incident.alertIds, ::testing::ElementsAre("p95-latency", "error-rate"));
    EXPECT_EQ(incident.commander, "alice");
}

TEST(IncidentInputTest, NamesWhatIsWrongWithANewIncident) {
    EXPECT_EQ(problemOf(readNewIncident(json::array())),
              "expected a JSON object such as {\"title\": \"Recommendations slow\", "
              "\"severity\": \"high\"}");
    EXPECT_EQ(problemOf(readNewIncident(json{{"severity", "high"}})), "title is required");
    EXPECT_EQ(problemOf(readNewIncident(json{{"title", "x"}})),
              "severity is required: one of critical, high, medium, low");
    EXPECT_EQ(problemOf(readNewIncident(json{{"title", ""}, {"severity", "high"}})),
              "title must have 1 to 200 bytes");
    EXPECT_EQ(problemOf(readNewIncident(json{{"title", "a\nb"}, {"severity", "high"}})),
              "title cannot hold control characters or line breaks");
    EXPECT_EQ(problemOf(readNewIncident(json{{"title", "x"}, {"severity", "sev1"}})),
              "severity must be one of critical, high, medium, low");
    EXPECT_EQ(
        problemOf(readNewIncident(json{{"title", "x"}, {"severity", "high"}, {"owner", "a"}})),
        "unknown member \"owner\"; an incident has title, severity, summary, alert_ids, "
        "commander");
    EXPECT_EQ(problemOf(readNewIncident(
                  json{{"title", "x"}, {"severity", "high"}, {"alert_ids", {"a", "a"}}})),
              "alert_ids lists a twice");
    EXPECT_EQ(problemOf(readNewIncident(
                  json{{"title", "x"}, {"severity", "high"}, {"alert_ids", {"ok", "not ok"}}})),
              "alert_ids[1] must be 1 to 128 characters of A-Z a-z 0-9 . _ : -");
    EXPECT_EQ(problemOf(readNewIncident(json{
                  {"title", "x"}, {"severity", "high"}, {"summary", std::string(10'001, 's')}})),
              "summary has at most 10000 bytes");
    EXPECT_EQ(problemOf(readNewIncident(json{{"title", "\xff"}, {"severity", "high"}})),
              "title must be valid UTF-8");
}

TEST(IncidentInputTest, ReadsAPatchOfSomeMembers) {
    const auto read = readIncidentPatch(json{{"status", "mitigated"}, {"commander", ""}});
    ASSERT_TRUE(std::holds_alternative<IncidentPatch>(read));
    const IncidentPatch& patch = std::get<IncidentPatch>(read);
    EXPECT_EQ(patch.status, store::IncidentStatus::Mitigated);
    EXPECT_EQ(patch.commander, "");
    EXPECT_FALSE(patch.title);
    EXPECT_EQ(problemOf(readIncidentPatch(json::object())),
              "a change needs at least one of status, title, severity, summary, alert_ids, "
              "commander");
    EXPECT_EQ(problemOf(readIncidentPatch(json{{"status", "closed"}})),
              "status must be one of open, mitigated, resolved");
    EXPECT_EQ(problemOf(readIncidentPatch(json{{"title", nullptr}})), "title must be a string");
}

TEST(IncidentInputTest, ReadsATimelineEntryAndFingerprintsWhatWasSent) {
    const json body{{"entry_id", "run-17-step-3"},
                    {"time", "2026-03-01T12:00:00.250Z"},
                    {"author", "alice"},
                    {"kind", "runbook_step"},
                    {"text", "Restarted the cache"},
                    {"data", {{"runbook", "high-latency"}, {"step", 3}}}};
    const auto read = readTimelineEntry(body);
    ASSERT_TRUE(std::holds_alternative<NewTimelineEntry>(read)) << std::get<std::string>(read);
    const NewTimelineEntry& entry = std::get<NewTimelineEntry>(read);
    EXPECT_EQ(entry.entryId, "run-17-step-3");
    EXPECT_EQ(entry.time, common::fromUnixMilliseconds(1'772'366'400'250));
    EXPECT_EQ(entry.author, "alice");
    EXPECT_EQ(entry.kind, "runbook_step");
    EXPECT_EQ(json::parse(entry.data), body["data"]);

    // The same members in another order are the same entry; another text is not.
    const auto again = readTimelineEntry(json::parse(
        R"({"data": {"step": 3, "runbook": "high-latency"}, "text": "Restarted the cache",
            "kind": "runbook_step", "author": "alice", "time": "2026-03-01T12:00:00.250Z",
            "entry_id": "run-17-step-3"})"));
    EXPECT_EQ(std::get<NewTimelineEntry>(again).fingerprint, entry.fingerprint);
    json other = body;
    other["text"] = "Restarted the cache twice";
    EXPECT_NE(std::get<NewTimelineEntry>(readTimelineEntry(other)).fingerprint, entry.fingerprint);
}

TEST(IncidentInputTest, NamesWhatIsWrongWithATimelineEntry) {
    const json valid{{"entry_id", "e-1"}, {"kind", "note"}};
    const auto with = [&](const char* member, json value) {
        json body = valid;
        body[member] = std::move(value);
        return body;
    };
    EXPECT_EQ(problemOf(readTimelineEntry(json{{"kind", "note"}})),
              "entry_id is required: the client's own id for the entry, so that a retry adds "
              "nothing");
    EXPECT_EQ(problemOf(readTimelineEntry(json{{"entry_id", "e-1"}})),
              "kind is required, for example note or runbook_step");
    EXPECT_EQ(problemOf(readTimelineEntry(with("entry_id", "has space"))),
              "entry_id must be 1 to 64 characters of A-Z a-z 0-9 . _ : -");
    EXPECT_EQ(
        problemOf(readTimelineEntry(with("entry_id", "status-open"))),
        "entry_id cannot start with status-, update- or escalation-: those are the server's own "
        "entries");
    EXPECT_EQ(problemOf(readTimelineEntry(with("kind", "Note"))),
              "kind must be 1 to 32 characters of a-z 0-9 _ ., starting with a letter");
    EXPECT_EQ(problemOf(readTimelineEntry(with("kind", "step."))),
              "kind must be 1 to 32 characters of a-z 0-9 _ ., starting with a letter");
    EXPECT_TRUE(
        std::holds_alternative<NewTimelineEntry>(readTimelineEntry(with("kind", "step.started"))))
        << "runbook runs write dotted kinds";
    EXPECT_EQ(problemOf(readTimelineEntry(with("kind", "status"))),
              "kind status is the server's own, for changes made through PATCH");
    EXPECT_EQ(problemOf(readTimelineEntry(with("time", "yesterday"))),
              "time must be an RFC 3339 time such as 2026-03-01T12:00:00.000Z");
    EXPECT_EQ(problemOf(readTimelineEntry(with("data", json::array()))),
              "data must be a JSON object");
    EXPECT_EQ(problemOf(readTimelineEntry(with("data", {{"blob", std::string(17'000, 'b')}}))),
              "data has at most 16384 bytes when serialized");
    EXPECT_EQ(problemOf(readTimelineEntry(with("author", ""))), "author must have 1 to 100 bytes");
    EXPECT_EQ(problemOf(readTimelineEntry(with("when", "now"))),
              "unknown member \"when\"; a timeline entry has entry_id, time, author, kind, text, "
              "data");
}

TEST(IncidentInputTest, ReadsAnEscalation) {
    auto read = readEscalationRequest(json{{"reason", "still down\nafter the restart"}});
    ASSERT_TRUE(std::holds_alternative<EscalationRequest>(read)) << std::get<std::string>(read);
    EXPECT_EQ(std::get<EscalationRequest>(read).reason, "still down\nafter the restart");
    EXPECT_EQ(std::get<EscalationRequest>(read).policyId, "");
    read = readEscalationRequest(
        json{{"reason", std::string(kMaxEscalationReasonBytes, 'r')}, {"policy", "sre"}});
    ASSERT_TRUE(std::holds_alternative<EscalationRequest>(read)) << std::get<std::string>(read);
    EXPECT_EQ(std::get<EscalationRequest>(read).policyId, "sre");
}

TEST(IncidentInputTest, NamesWhatIsWrongWithAnEscalation) {
    EXPECT_EQ(problemOf(readEscalationRequest(json{{"policy", "sre"}})),
              "reason is required: why the incident needs the next escalation level");
    EXPECT_EQ(problemOf(readEscalationRequest(json{{"reason", std::string(2001, 'r')}})),
              "reason must have 1 to 2000 bytes");
    EXPECT_EQ(problemOf(readEscalationRequest(json{{"reason", "a\u0001b"}})),
              "reason cannot hold control characters");
    EXPECT_EQ(problemOf(readEscalationRequest(json{{"reason", "x"}, {"policy", ""}})),
              "policy must be 1 to 64 characters of A-Z a-z 0-9 . _ : -");
    EXPECT_EQ(problemOf(readEscalationRequest(json{{"reason", "x"}, {"to", "boss"}})),
              "unknown member \"to\"; an escalation has reason, policy");
}

}  // namespace
}  // namespace recops::incidents
