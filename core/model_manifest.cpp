// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/model_manifest.h"

#include "core/json_reader.h"

namespace recops::console {

namespace {

QDateTime timeAt(const QJsonObject& data, QLatin1StringView key) {
    const QJsonValue value = data.value(key);
    return value.isDouble()
               ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC)
               : QDateTime();
}

}  // namespace

QDateTime ModelManifest::windowFromUtc() const {
    return timeAt(data, QLatin1StringView("window_from_ms"));
}

QDateTime ModelManifest::windowToUtc() const {
    return timeAt(data, QLatin1StringView("window_to_ms"));
}

QDateTime ModelManifest::firstEventUtc() const {
    return timeAt(data, QLatin1StringView("first_event_ms"));
}

QDateTime ModelManifest::lastEventUtc() const {
    return timeAt(data, QLatin1StringView("last_event_ms"));
}

ModelManifest ModelManifest::read(JsonReader& reader) {
    ModelManifest manifest;
    manifest.document = reader.object();
    if (reader.has(u"files")) {
        reader.forEachObject(u"files", [&manifest](JsonReader& file) {
            manifest.files.append(
                ManifestFile{file.string(u"path"), file.integer(u"bytes"), file.string(u"sha256")});
        });
    }
    manifest.data = reader.optionalObject(u"data");
    const QJsonObject parameters = reader.optionalObject(u"parameters");
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        manifest.parameters.insert(it.key(), it.value().isString()
                                                 ? it.value().toString()
                                                 : it.value().toVariant().toString());
    }
    manifest.eventWeights = reader.optionalString(u"event_weights");
    return manifest;
}

}  // namespace recops::console
