// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/layer_reading.h"

#include <span>
#include <string>
#include <vector>

namespace recops::config {

/// Reads command-line overrides, each "section.key=value"; a later one wins over an earlier.
LayerReading readOverrideLayer(std::span<const SettingDefinition> table,
                               const std::vector<std::string>& overrides);

}  // namespace recops::config
