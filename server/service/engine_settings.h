// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/event_weights.h"
#include "engine/serving_model.h"

namespace recops::config {
class Configuration;
}

namespace recops::service {

/// The engine's settings from the configuration table. The engine checks its own strings
/// (retriever and weight specs); its complaints become ConfigErrors that name the key, so a
/// typo stops the start like any other bad setting.
engine::ServingOptions servingOptionsFrom(const config::Configuration& configuration);

engine::EventWeights eventWeightsFrom(const config::Configuration& configuration);

}  // namespace recops::service
