// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/registry_change.h"

#include "core/json_reader.h"
#include "core/model_version.h"

#include <array>
#include <utility>

namespace recops::console {

namespace {

constexpr std::array<std::pair<RegistryChangeKind, QLatin1StringView>, 5> kKinds{{
    {RegistryChangeKind::Registered, QLatin1StringView("registered")},
    {RegistryChangeKind::Stage, QLatin1StringView("stage")},
    {RegistryChangeKind::AliasSet, QLatin1StringView("alias_set")},
    {RegistryChangeKind::AliasRemoved, QLatin1StringView("alias_removed")},
    {RegistryChangeKind::Deleted, QLatin1StringView("deleted")},
}};

std::optional<ModelStage> readStage(JsonReader& reader, QStringView key) {
    if (!reader.has(key)) {
        return std::nullopt;
    }
    const QString text = reader.string(key);
    const auto stage = ModelStages::fromKey(text);
    if (reader.ok() && !stage) {
        reader.fail(JsonReader::tr("%1 is not a stage: \"%2\"").arg(reader.pathOf(key), text));
    }
    return stage;
}

RegistryChange readChange(JsonReader& reader) {
    RegistryChange change;
    change.id = reader.integer(u"id");
    change.version = static_cast<int>(reader.integer(u"version"));
    const QString kind = reader.string(u"kind");
    bool known = false;
    for (const auto& [value, name] : kKinds) {
        if (kind == name) {
            change.kind = value;
            known = true;
        }
    }
    if (reader.ok() && !known) {
        reader.fail(
            JsonReader::tr("%1 is not a kind of change: \"%2\"").arg(reader.pathOf(u"kind"), kind));
    }
    change.fromStage = readStage(reader, u"from");
    change.toStage = readStage(reader, u"to");
    change.alias = reader.optionalString(u"alias");
    change.actor = reader.optionalString(u"actor");
    change.comment = reader.optionalString(u"comment");
    change.gates = GateResults::read(reader, u"gates");
    change.forced = reader.has(u"forced") && reader.boolean(u"forced");
    change.atUtc = reader.timestamp(u"at");
    return change;
}

}  // namespace

QString RegistryHistory::kindName(RegistryChangeKind kind) {
    switch (kind) {
        case RegistryChangeKind::Registered:
            return tr("registered");
        case RegistryChangeKind::Stage:
            return tr("stage");
        case RegistryChangeKind::AliasSet:
            return tr("alias set");
        case RegistryChangeKind::AliasRemoved:
            return tr("alias removed");
        case RegistryChangeKind::Deleted:
            return tr("deleted");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<int> RegistryHistory::rollbackTarget(int production,
                                                   const ModelVersionList& versions) const {
    for (const RegistryChange& change : changes) {
        if (change.kind == RegistryChangeKind::Stage &&
            change.fromStage == ModelStage::Production && change.version != production &&
            versions.find(change.version)) {
            return change.version;
        }
    }
    return std::nullopt;
}

std::optional<RegistryHistory> RegistryHistory::fromJson(const QJsonDocument& document,
                                                         QString* error) {
    JsonReader reader = JsonReader::root(document);
    RegistryHistory history;
    history.model = reader.string(u"model");
    reader.forEachObject(
        u"history", [&history](JsonReader& item) { history.changes.append(readChange(item)); });
    return reader.finish(history, error);
}

}  // namespace recops::console
