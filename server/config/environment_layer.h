// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/layer_reading.h"

#include <map>
#include <span>
#include <string>

namespace recops::config {

/// The variables of the running process.
std::map<std::string, std::string> processEnvironment();

/**
 * Reads RECOPSD_<SECTION>_<NAME> variables. A variable that starts like a setting's
 * (RECOPSD_ and a known section) but names none is a problem, since it is almost certainly a
 * typo; other RECOPSD_ variables are left alone.
 */
LayerReading readEnvironmentLayer(std::span<const SettingDefinition> table,
                                  const std::map<std::string, std::string>& environment);

}  // namespace recops::config
