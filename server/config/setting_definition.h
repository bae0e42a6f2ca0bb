// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/setting_type.h"
#include "config/setting_value.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace recops::config {

/// Whether a setting's value may be shown (config show, error messages) or must be hidden.
enum class Sensitivity { Public, Secret };

/// An extra check beyond type, range and allowed values: the complaint, or nothing when valid.
using SettingValidator = std::optional<std::string> (*)(const SettingValue& value);

/**
 * One row of the configuration table: everything recopsd knows about a setting.
 *
 * Rows are plain data so that the loader, `config show`, error messages and the documentation
 * all come from the same place.
 */
struct SettingDefinition {
    /// "section.name", for example "server.listen".
    std::string_view key;
    SettingType type = SettingType::String;
    /// The default, in the text form that environment variables and --set use.
    std::string_view defaultValue;
    std::string_view description;
    Sensitivity sensitivity = Sensitivity::Public;
    /// Inclusive bounds of an Integer setting.
    std::int64_t minimum = 0;
    std::int64_t maximum = 0;
    /// Inclusive bounds of a Number setting.
    double numberMinimum = 0.0;
    double numberMaximum = 0.0;
    /// When not empty, the only values a String (or each element of a StringList) may take.
    std::span<const std::string_view> allowedValues = {};
    SettingValidator validator = nullptr;
    /// What a valid value looks like, when type, range and allowed values do not say it all.
    std::string_view expectation = {};

    std::string_view section() const { return key.substr(0, key.find('.')); }
    std::string_view name() const { return key.substr(key.find('.') + 1); }

    /// RECOPSD_SECTION_NAME, for example RECOPSD_SERVER_READ_TIMEOUT_MS.
    std::string environmentVariable() const;

    /// What a valid value looks like, for messages: "integer in 1..1024", "one of a, b".
    std::string describeExpectation() const;

    bool isSecret() const { return sensitivity == Sensitivity::Secret; }
};

}  // namespace recops::config
