// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "incidents/incident_service.h"

#include "common/digest.h"

#include <chrono>

#include <nlohmann/json.hpp>

namespace recops::incidents {
namespace {

/// Concurrent changes to one incident are rare (a few people on one incident); after this
/// many lost races in a row the caller is asked to try again.
constexpr int kUpdateAttempts = 8;

/// Now, to the millisecond the store keeps: what a call returns equals what a read returns.
std::chrono::system_clock::time_point now() {
    return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string name(store::IncidentStatus status) {
    return std::string(store::incidentStatusName(status));
}

store::TimelineEntryRecord serverEntry(std::string entryId, std::string kind, std::string text,
                                       const nlohmann::json& data, const Actor& actor,
                                       std::chrono::system_clock::time_point time) {
    store::TimelineEntryRecord entry;
    entry.entryId = std::move(entryId);
    entry.time = time;
    entry.author = actor.name.empty() ? actor.tokenId : actor.name;
    entry.kind = std::move(kind);
    entry.text = std::move(text);
    entry.data = data.dump();
    entry.recordedAt = time;
    entry.recordedByTokenId = actor.tokenId;
    entry.fingerprint = common::sha256(entry.entryId + '\n' + entry.data);
    return entry;
}

store::TimelineEntryRecord statusEntry(std::optional<store::IncidentStatus> from,
                                       store::IncidentStatus to, const Actor& actor,
                                       std::chrono::system_clock::time_point now) {
    const std::string text =
        from ? "status changed from " + name(*from) + " to " + name(to) : "incident opened";
    return serverEntry(
        std::string(kStatusEntryPrefix) + name(to), "status", text,
        {{"from", from ? nlohmann::json(name(*from)) : nlohmann::json()}, {"to", name(to)}}, actor,
        now);
}

/// Applies the members of @p patch other than status to @p incident; returns what changed:
/// {"changed": [names], "from": {...}, "to": {...}} (the summary's text left out, it can be
/// long), or null when nothing did.
nlohmann::json applyFields(const IncidentPatch& patch, store::IncidentRecord& incident) {
    nlohmann::json changed = nlohmann::json::array();
    nlohmann::json from = nlohmann::json::object();
    nlohmann::json to = nlohmann::json::object();
    const auto change = [&](const char* member, auto& field, const auto& value, auto render) {
        if (field == value) {
            return;
        }
        changed.push_back(member);
        from[member] = render(field);
        to[member] = render(value);
        field = value;
    };
    const auto asIs = [](const auto& value) {
        return nlohmann::json(value);
    };
    const auto severity = [](store::IncidentSeverity value) {
        return nlohmann::json(store::incidentSeverityName(value));
    };
    if (patch.title) {
        change("title", incident.title, *patch.title, asIs);
    }
    if (patch.severity) {
        change("severity", incident.severity, *patch.severity, severity);
    }
    if (patch.commander) {
        change("commander", incident.commander, *patch.commander, asIs);
    }
    if (patch.alertIds) {
        change("alert_ids", incident.alertIds, *patch.alertIds, asIs);
    }
    if (patch.summary && incident.summary != *patch.summary) {
        changed.push_back("summary");
        incident.summary = *patch.summary;
    }
    if (changed.empty()) {
        return nullptr;
    }
    return {{"changed", changed}, {"from", from}, {"to", to}};
}

}  // namespace

std::optional<std::string> findTransitionProblem(std::int64_t incidentId,
                                                 store::IncidentStatus from,
                                                 store::IncidentStatus to) {
    if (to >= from) {
        return std::nullopt;
    }
    return "incident " + std::to_string(incidentId) + " is " + name(from) +
           " and cannot move back to " + name(to) +
           "; status moves only forward: open, mitigated, resolved";
}

store::IncidentRecord IncidentService::create(NewIncident incident, const Actor& actor) {
    const auto now = incidents::now();
    store::IncidentRecord record;
    record.title = std::move(incident.title);
    record.severity = incident.severity;
    record.status = store::IncidentStatus::Open;
    record.summary = std::move(incident.summary);
    record.commander = std::move(incident.commander);
    record.alertIds = std::move(incident.alertIds);
    record.createdAt = now;
    record.createdByTokenId = actor.tokenId;
    record.createdByName = actor.name;
    record.updatedAt = now;
    record.revision = 1;
    const store::TimelineEntryRecord opened =
        statusEntry(std::nullopt, store::IncidentStatus::Open, actor, now);
    return m_store.create(std::move(record), {&opened, 1});
}

std::variant<store::IncidentRecord, IncidentError> IncidentService::update(
    std::int64_t id, const IncidentPatch& patch, const Actor& actor) {
    for (int attempt = 0; attempt < kUpdateAttempts; ++attempt) {
        std::optional<store::IncidentRecord> current = m_store.find(id);
        if (!current) {
            return IncidentError{IncidentErrorKind::NotFound,
                                 "no incident has id " + std::to_string(id)};
        }
        const auto now = incidents::now();
        store::IncidentRecord next = *current;
        std::vector<store::TimelineEntryRecord> entries;
        if (patch.status && *patch.status != current->status) {
            if (auto problem = findTransitionProblem(id, current->status, *patch.status)) {
                return IncidentError{IncidentErrorKind::Conflict, std::move(*problem)};
            }
            next.status = *patch.status;
            (next.status == store::IncidentStatus::Mitigated ? next.mitigatedAt : next.resolvedAt) =
                now;
            entries.push_back(statusEntry(current->status, next.status, actor, now));
        }
        const nlohmann::json changes = applyFields(patch, next);
        if (!changes.is_null()) {
            std::string text = "changed";
            for (const auto& member : changes["changed"]) {
                text += (text == "changed" ? " " : ", ") + member.get<std::string>();
            }
            entries.push_back(
                serverEntry(std::string(kUpdateEntryPrefix) + std::to_string(current->revision + 1),
                            "update", text, changes, actor, now));
        }
        if (entries.empty()) {
            return *current;
        }
        next.updatedAt = now;
        if (m_store.replace(next, entries)) {
            ++next.revision;
            return next;
        }
    }
    return IncidentError{IncidentErrorKind::Conflict,
                         "incident " + std::to_string(id) +
                             " kept changing while this change was applied; try again"};
}

std::variant<AppendedEntry, IncidentError> IncidentService::append(std::int64_t id,
                                                                   NewTimelineEntry entry,
                                                                   const Actor& actor) {
    const auto now = incidents::now();
    store::TimelineEntryRecord record;
    record.entryId = std::move(entry.entryId);
    record.time = entry.time.value_or(now);
    record.author = entry.author.value_or(actor.name.empty() ? actor.tokenId : actor.name);
    record.kind = std::move(entry.kind);
    record.text = std::move(entry.text);
    record.data = std::move(entry.data);
    record.recordedAt = now;
    record.recordedByTokenId = actor.tokenId;
    record.fingerprint = entry.fingerprint;
    store::TimelineAppendOutcome outcome = m_store.append(id, record);
    switch (outcome.result) {
        case store::AppendResult::Appended:
            return AppendedEntry{std::move(*outcome.entry), true};
        case store::AppendResult::AlreadyPresent:
            return AppendedEntry{std::move(*outcome.entry), false};
        case store::AppendResult::IdTaken:
            return IncidentError{IncidentErrorKind::Conflict,
                                 "incident " + std::to_string(id) + " already has an entry " +
                                     outcome.entry->entryId +
                                     " with other content; use a new entry_id for a new entry"};
        case store::AppendResult::IncidentNotFound:
            break;
    }
    return IncidentError{IncidentErrorKind::NotFound, "no incident has id " + std::to_string(id)};
}

}  // namespace recops::incidents
