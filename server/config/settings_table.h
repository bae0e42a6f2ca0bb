// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/setting_definition.h"

#include <span>
#include <string_view>

namespace recops::config {

/// Every setting recopsd knows, in the order `config show` and the documentation list them.
std::span<const SettingDefinition> settingsTable();

/// The row of @p key in @p table, or nullptr.
const SettingDefinition* findSetting(std::span<const SettingDefinition> table,
                                     std::string_view key);

}  // namespace recops::config
