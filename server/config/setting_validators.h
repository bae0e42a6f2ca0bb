// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/setting_value.h"

#include <optional>
#include <string>

// Checks of the settings whose validity is more than a type and a range. Each returns the
// complaint, or nothing when the value is valid (the SettingValidator signature).
namespace recops::config::validators {

/// An IP:PORT that the server can bind, such as 127.0.0.1:8470 or [::1]:0.
std::optional<std::string> listenAddress(const SettingValue& value);

/// Empty, or a token of the form rcp_<16 hex>_<64 hex>.
std::optional<std::string> optionalAccessToken(const SettingValue& value);

/// Any string but the empty one.
std::optional<std::string> notEmpty(const SettingValue& value);

/// Empty, or a cron expression that matches at least once (common::CronSchedule).
std::optional<std::string> optionalCronExpression(const SettingValue& value);

/// A model name (common::isValidResourceName).
std::optional<std::string> modelName(const SettingValue& value);

}  // namespace recops::config::validators
