// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/alert_event.h"

#include "core/json_reader.h"

namespace recops::console {

std::optional<AlertHistory> AlertHistory::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    AlertHistory history;
    reader.forEachObject(u"events", [&history](JsonReader& item) {
        AlertEvent event;
        event.id = item.integer(u"id");
        event.alertId = item.string(u"alert_id");
        event.rule = item.string(u"rule");
        event.severity = item.optionalString(u"severity");
        event.kind = item.string(u"kind");
        event.atUtc = item.timestamp(u"at");
        event.actor = item.optionalString(u"actor");
        event.detail = item.optionalString(u"detail");
        history.events.append(event);
    });
    history.nextBefore = reader.optionalInteger(u"next_before");
    return reader.finish(history, error);
}

}  // namespace recops::console
