// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/model_version_record.h"

#include <nlohmann/json.hpp>

namespace recops::service {

/// A registered model as the API lists it.
nlohmann::json modelToJson(const store::RegisteredModelRecord& model);

/// A version as the API lists it: stage, aliases, algorithm, who and when, and the headline
/// metrics (overall) of its metrics.json.
nlohmann::json versionToJson(const store::ModelVersionRecord& version);

/// One entry of a model's history.
nlohmann::json changeToJson(const store::RegistryChange& change);

}  // namespace recops::service
