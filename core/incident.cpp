// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/incident.h"

#include "core/json_reader.h"

namespace recops::console {

namespace {

Incident readIncident(JsonReader& reader) {
    Incident incident;
    incident.id = reader.integer(u"id");
    incident.title = reader.string(u"title");
    incident.severity = reader.string(u"severity");
    incident.status = reader.string(u"status");
    incident.summary = reader.optionalString(u"summary");
    incident.commander = reader.optionalString(u"commander");
    incident.alertIds = reader.stringList(u"alert_ids");
    incident.createdAtUtc = reader.timestamp(u"created_at");
    const QJsonObject createdBy = reader.optionalObject(u"created_by");
    incident.createdBy = createdBy.value(u"name").toString();
    incident.updatedAtUtc = reader.timestamp(u"updated_at");
    incident.mitigatedAtUtc = reader.optionalTimestamp(u"mitigated_at");
    incident.resolvedAtUtc = reader.optionalTimestamp(u"resolved_at");
    return incident;
}

}  // namespace

QString IncidentTimelineRecord::dataText() const {
    return data.isEmpty() ? QString()
                          : QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

std::optional<IncidentList> IncidentList::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    IncidentList list;
    reader.forEachObject(u"incidents",
                         [&list](JsonReader& item) { list.incidents.append(readIncident(item)); });
    return reader.finish(list, error);
}

std::optional<IncidentDetails> IncidentDetails::fromJson(const QJsonDocument& document,
                                                         QString* error) {
    JsonReader reader = JsonReader::root(document);
    IncidentDetails details;
    details.incident = readIncident(reader);
    reader.forEachObject(u"timeline", [&details](JsonReader& item) {
        IncidentTimelineRecord record;
        record.entryId = item.string(u"entry_id");
        record.timeUtc = item.timestamp(u"time");
        record.author = item.optionalString(u"author");
        record.kind = item.string(u"kind");
        record.text = item.optionalString(u"text");
        record.data = item.optionalObject(u"data");
        details.timeline.append(record);
    });
    return reader.finish(details, error);
}

}  // namespace recops::console
