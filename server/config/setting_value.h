// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace recops::config {

/// A setting's value; the alternative always matches the setting's SettingType.
using SettingValue =
    std::variant<bool, std::int64_t, std::string, std::vector<std::string>, double>;

/// @p value as a TOML literal: true, 42, "text", ["a", "b"], 0.25.
std::string formatAsToml(const SettingValue& value);

}  // namespace recops::config
