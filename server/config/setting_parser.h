// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/setting_definition.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace recops::config {

/// A value read from text, or the reason it is not one of the setting's type.
using SettingParseResult = std::variant<SettingValue, std::string>;

/**
 * Reads @p text, as written in a default, an environment variable or --set, as a value of
 * @p definition's type: true/false, a decimal integer, the text itself, or a comma-separated
 * list (spaces around items ignored, empty text is the empty list). Type only: ranges and
 * allowed values are findSettingProblem()'s job.
 */
SettingParseResult parseSettingText(const SettingDefinition& definition, std::string_view text);

/**
 * Checks a value of the right type against its row: range, allowed values, validator.
 * Returns why it is invalid (possibly an empty string when the expectation says it all), or
 * nothing when it is valid.
 */
std::optional<std::string> findSettingProblem(const SettingDefinition& definition,
                                              const SettingValue& value);

}  // namespace recops::config
