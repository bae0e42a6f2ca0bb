// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "service/model_description.h"

#include <optional>

namespace recops::service {

/**
 * The model serving recommendations, as far as /healthz and /readyz need to know it
 * (LiveModelStatus implements it over the loaded versions); the server is ready only while
 * describe() returns a model.
 */
class ServingModel {
public:
    virtual ~ServingModel() = default;

    /// The loaded model, or nothing when none is. Called from request threads: must be cheap
    /// and must not block on a model being loaded.
    virtual std::optional<ModelDescription> describe() const = 0;
};

}  // namespace recops::service
