// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_manifest.h"
#include "core/model_metrics.h"
#include "core/model_version.h"

#include <optional>

#include <QJsonDocument>

namespace recops::console {

/// GET /api/v1/models/{name}/versions/{version}: the version with its manifest and its
/// full metrics.json (cohorts included).
struct ModelVersionDetails {
    ModelVersion version;
    ModelManifest manifest;
    ModelMetrics metrics;

    static std::optional<ModelVersionDetails> fromJson(const QJsonDocument& document,
                                                       QString* error);
};

}  // namespace recops::console
