// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::config {

/// The kinds of value a setting can hold, as written in TOML.
enum class SettingType { Boolean, Integer, Number, String, StringList };

/// "boolean", "integer", "string", "list of strings" or "number".
std::string_view settingTypeName(SettingType type);

}  // namespace recops::config
