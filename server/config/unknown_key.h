// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/setting_definition.h"

#include <optional>
#include <span>
#include <string_view>

namespace recops::config {

/// The key of @p table closest to the misspelt @p key (at most 3 edits away), if any.
std::optional<std::string_view> closestKey(std::span<const SettingDefinition> table,
                                           std::string_view key);

}  // namespace recops::config
