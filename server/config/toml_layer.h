// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/layer_reading.h"

#include <filesystem>
#include <span>

namespace recops::config {

/**
 * Reads a TOML configuration file: one table per section ([server], [auth], ...), one key per
 * setting, values of the setting's TOML type. Every unknown section or key and every value of
 * the wrong type or range is a problem located by file:line:column.
 */
LayerReading readTomlLayer(std::span<const SettingDefinition> table,
                           const std::filesystem::path& file);

}  // namespace recops::config
