// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/settings_reference.h"

#include "config/setting_parser.h"

namespace recops::config {
namespace {

std::string escapedCell(std::string_view text) {
    std::string cell;
    for (char c : text) {
        if (c == '|') {
            cell += "\\|";
        } else {
            cell.push_back(c);
        }
    }
    return cell;
}

std::string defaultCell(const SettingDefinition& definition) {
    const SettingParseResult parsed = parseSettingText(definition, definition.defaultValue);
    const auto* value = std::get_if<SettingValue>(&parsed);
    if (value == nullptr) {
        return std::string(definition.defaultValue);
    }
    std::string cell = "`";
    cell += formatAsToml(*value);
    cell += "`";
    return cell;
}

}  // namespace

std::string renderSettingsReference(std::span<const SettingDefinition> table) {
    std::string reference =
        "| Key | Type | Default | Environment variable | Description |\n"
        "|-----|------|---------|----------------------|-------------|\n";
    for (const SettingDefinition& definition : table) {
        std::string description = std::string(definition.description) +
                                  " Expected: " + definition.describeExpectation() + ".";
        if (definition.isSecret()) {
            description += " **Secret**: never shown by `config show` or in errors.";
        }
        reference += "| `" + std::string(definition.key) + "` | " +
                     std::string(settingTypeName(definition.type)) + " | " +
                     escapedCell(defaultCell(definition)) + " | `" +
                     definition.environmentVariable() + "` | " + escapedCell(description) + " |\n";
    }
    return reference;
}

}  // namespace recops::config
