// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/model_catalog.h"

#include "core/json_reader.h"

namespace recops::console {

std::optional<ModelCatalog> ModelCatalog::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    ModelCatalog catalog;
    reader.forEachObject(u"models", [&catalog](JsonReader& item) {
        RegisteredModel model;
        model.name = item.string(u"name");
        model.createdAtUtc = item.optionalTimestamp(u"created_at");
        model.latestVersion = static_cast<int>(item.integer(u"latest_version"));
        if (const auto production = item.optionalInteger(u"production_version")) {
            model.productionVersion = static_cast<int>(*production);
        }
        catalog.models.append(model);
    });
    catalog.servingModel = reader.optionalString(u"serving_model");
    return reader.finish(catalog, error);
}

}  // namespace recops::console
