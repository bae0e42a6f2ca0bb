// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/model_version_details.h"

#include "core/json_reader.h"

namespace recops::console {

std::optional<ModelVersionDetails> ModelVersionDetails::fromJson(const QJsonDocument& document,
                                                                 QString* error) {
    JsonReader reader = JsonReader::root(document);
    ModelVersionDetails details;
    details.version = ModelVersion::read(reader);
    // A version whose files could not be read has null here; the rest is still worth showing.
    if (reader.has(u"manifest")) {
        JsonReader manifest = reader.child(u"manifest");
        details.manifest = ModelManifest::read(manifest);
    }
    if (reader.has(u"metrics")) {
        JsonReader metrics = reader.child(u"metrics");
        details.metrics = ModelMetrics::read(metrics);
    }
    // Here "metrics" is the whole metrics.json, not the headline the list gives.
    details.version.metrics = details.metrics.overall;
    return reader.finish(details, error);
}

}  // namespace recops::console
