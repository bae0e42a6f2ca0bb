// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/registry_paths.h"

#include "core/api_endpoint.h"

namespace recops::console {

QString RegistryPaths::models() {
    return ApiEndpoint::of(Endpoint::Models).path();
}

QString RegistryPaths::versions(const QString& model) {
    return ApiEndpoint::of(Endpoint::ModelVersions).path({model});
}

QString RegistryPaths::version(const QString& model, int version) {
    return ApiEndpoint::of(Endpoint::ModelVersion).path({model, QString::number(version)});
}

QString RegistryPaths::history(const QString& model) {
    return ApiEndpoint::of(Endpoint::ModelHistory).path({model});
}

}  // namespace recops::console
