// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/serving_model.h"
#include "store/model_version_record.h"

#include <chrono>
#include <memory>
#include <string>

namespace recops::models {

/// One loaded version, ready to answer requests.
struct LoadedVersion {
    std::shared_ptr<const engine::ServingModel> model;
    store::ModelVersionRecord record;
    /// What responses carry in X-Model-Version: "<model>@<version>", e.g. "default@3".
    std::string tag;
    std::chrono::system_clock::time_point loadedAt;
};

/**
 * Everything the request path needs to pick a model, published as one immutable snapshot so
 * that a request sees a consistent pair (never a canary of one version beside the Production
 * of another).
 */
struct ServingState {
    /// The Production version; null while none is loaded.
    std::shared_ptr<const LoadedVersion> production;

    bool ready() const { return production != nullptr; }
};

}  // namespace recops::models
