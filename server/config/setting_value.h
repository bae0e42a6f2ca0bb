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
    std::variant<bool, std::int64_t, double, std::string, std::vector<std::string>>;

/// @p value in the shortest form that reads back exactly, always with a decimal point or an
/// exponent (so that TOML reads it as a float): 0.25, 1.0, 1e-06.
std::string formatNumber(double value);

/// @p value as a TOML literal: true, 42, 0.25, "text", ["a", "b"].
std::string formatAsToml(const SettingValue& value);

}  // namespace recops::config
