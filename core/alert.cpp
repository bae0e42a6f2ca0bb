// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/alert.h"

#include "core/json_reader.h"

#include <algorithm>

namespace recops::console {

namespace {

/// A Labels object: every value a string.
QMap<QString, QString> readLabels(JsonReader& reader, QStringView key) {
    QMap<QString, QString> labels;
    const QJsonObject object = reader.optionalObject(key);
    for (auto it = object.begin(); it != object.end() && reader.ok(); ++it) {
        if (!it.value().isString()) {
            reader.fail(JsonReader::tr("%1.%2 is not a string").arg(reader.pathOf(key), it.key()));
        }
        labels.insert(it.key(), it.value().toString());
    }
    return labels;
}

Alert readAlert(JsonReader& reader) {
    Alert alert;
    alert.id = reader.string(u"id");
    alert.rule = reader.string(u"rule");
    alert.labels = readLabels(reader, u"labels");
    alert.severity = reader.string(u"severity");
    alert.state = reader.string(u"state");
    alert.value = reader.optionalNumber(u"value").value_or(0.0);
    alert.summary = reader.optionalString(u"summary");
    alert.activeSinceUtc = reader.timestamp(u"active_since");
    alert.firingSinceUtc = reader.optionalTimestamp(u"firing_since");
    alert.resolvedAtUtc = reader.optionalTimestamp(u"resolved_at");
    if (reader.has(u"acknowledgment")) {
        JsonReader acknowledgment = reader.child(u"acknowledgment");
        alert.acknowledgment =
            AlertAcknowledgment{acknowledgment.string(u"by"), acknowledgment.timestamp(u"at"),
                                acknowledgment.optionalString(u"comment")};
    }
    if (reader.has(u"silenced_by")) {
        alert.silencedBy = reader.stringList(u"silenced_by");
    }
    return alert;
}

}  // namespace

QString Alert::alertName() const {
    return labels.value(QStringLiteral("alertname"), rule);
}

QDateTime Alert::sinceUtc() const {
    if (state == u"resolved" && resolvedAtUtc.isValid()) {
        return resolvedAtUtc;
    }
    if (state == u"firing" && firingSinceUtc.isValid()) {
        return firingSinceUtc;
    }
    return activeSinceUtc;
}

int Alert::severityRank() const {
    if (severity == u"critical") {
        return 3;
    }
    if (severity == u"warning") {
        return 2;
    }
    return severity == u"info" ? 1 : 0;
}

int Alert::stateRank() const {
    if (state == u"firing") {
        return 3;
    }
    if (state == u"pending") {
        return 2;
    }
    return state == u"resolved" ? 1 : 0;
}

QString Alert::severityText(const QString& severity) {
    if (severity == u"critical") {
        return tr("critical");
    }
    if (severity == u"warning") {
        return tr("warning");
    }
    if (severity == u"info") {
        return tr("info");
    }
    return severity;
}

QString Alert::stateText(const QString& state) {
    if (state == u"firing") {
        return tr("firing");
    }
    if (state == u"pending") {
        return tr("pending");
    }
    if (state == u"resolved") {
        return tr("resolved");
    }
    return state;
}

QString Alert::labelText() const {
    QStringList pairs;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        pairs.append(it.key() + u'=' + it.value());
    }
    return pairs.join(QStringLiteral(", "));
}

std::optional<Alert> Alert::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    Alert alert = readAlert(reader);
    return reader.finish(alert, error);
}

QList<Alert> AlertList::queueOrder() const {
    QList<Alert> ordered = alerts;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Alert& a, const Alert& b) {
        if (a.severityRank() != b.severityRank()) {
            return a.severityRank() > b.severityRank();
        }
        if (a.stateRank() != b.stateRank()) {
            return a.stateRank() > b.stateRank();
        }
        return a.activeSinceUtc < b.activeSinceUtc;
    });
    return ordered;
}

std::optional<AlertList> AlertList::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    AlertList list;
    reader.forEachObject(u"alerts",
                         [&list](JsonReader& item) { list.alerts.append(readAlert(item)); });
    return reader.finish(list, error);
}

}  // namespace recops::console
