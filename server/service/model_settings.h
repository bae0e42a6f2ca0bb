// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/event_weights.h"
#include "engine/serving_model.h"
#include "models/promotion_gates.h"

#include <cstddef>

namespace recops::config {
class Configuration;
}

namespace recops::service {

/// The engine's settings from the configuration table. The engine checks its own strings
/// (retriever and weight specs); its complaints become ConfigErrors that name the key, so a
/// typo stops the start like any other bad setting.
engine::ServingOptions servingOptionsFrom(const config::Configuration& configuration);

engine::EventWeights eventWeightsFrom(const config::Configuration& configuration);

models::GateSettings gateSettingsFrom(const config::Configuration& configuration);

/// training.threads, with 0 resolved to half the cores (at least one).
std::size_t trainingThreadsFrom(const config::Configuration& configuration);

}  // namespace recops::service
