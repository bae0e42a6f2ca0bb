// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/model_version.h"

#include "core/json_reader.h"

namespace recops::console {

QString ModelVersion::algorithmName() const {
    return algorithm.section(u':', 0, 0);
}

ModelVersion ModelVersion::read(JsonReader& reader) {
    ModelVersion version;
    version.model = reader.string(u"model");
    version.version = static_cast<int>(reader.integer(u"version"));
    const QString stage = reader.string(u"stage");
    if (reader.ok()) {
        if (const auto parsed = ModelStages::fromKey(stage)) {
            version.stage = *parsed;
        } else {
            reader.fail(
                JsonReader::tr("%1 is not a stage: \"%2\"").arg(reader.pathOf(u"stage"), stage));
        }
    }
    version.aliases = reader.stringList(u"aliases");
    version.algorithm = reader.string(u"algorithm");
    version.label = reader.optionalString(u"label");
    version.createdAtUtc = reader.timestamp(u"created_at");
    version.createdBy = reader.optionalString(u"created_by");
    version.stageChangedAtUtc = reader.optionalTimestamp(u"stage_changed_at");
    version.everProduction = reader.has(u"ever_production") && reader.boolean(u"ever_production");
    version.manifestSha256 = reader.optionalString(u"manifest_sha256");
    const QJsonObject metrics = reader.optionalObject(u"metrics");
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        if (it.value().isDouble()) {
            version.metrics.insert(it.key(), it.value().toDouble());
        }
    }
    return version;
}

const ModelVersion* ModelVersionList::find(int version) const {
    for (const ModelVersion& candidate : versions) {
        if (candidate.version == version) {
            return &candidate;
        }
    }
    return nullptr;
}

const ModelVersion* ModelVersionList::production() const {
    for (const ModelVersion& candidate : versions) {
        if (candidate.stage == ModelStage::Production) {
            return &candidate;
        }
    }
    return nullptr;
}

std::optional<ModelVersionList> ModelVersionList::fromJson(const QJsonDocument& document,
                                                           QString* error) {
    JsonReader reader = JsonReader::root(document);
    ModelVersionList list;
    list.model = reader.string(u"model");
    reader.forEachObject(
        u"versions", [&list](JsonReader& item) { list.versions.append(ModelVersion::read(item)); });
    return reader.finish(list, error);
}

}  // namespace recops::console
