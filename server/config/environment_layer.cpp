// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/environment_layer.h"

#include <algorithm>

extern char** environ;

namespace recops::config {
namespace {

constexpr std::string_view kPrefix = "RECOPSD_";

bool namesAKnownSection(std::span<const SettingDefinition> table, std::string_view variable) {
    return std::any_of(table.begin(), table.end(), [&](const SettingDefinition& definition) {
        const std::string sectionPrefix = definition.environmentVariable().substr(
            0, kPrefix.size() + definition.section().size() + 1);
        return variable.starts_with(sectionPrefix);
    });
}

}  // namespace

std::map<std::string, std::string> processEnvironment() {
    std::map<std::string, std::string> variables;
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string_view text(*entry);
        const auto equals = text.find('=');
        if (equals != std::string_view::npos) {
            variables.emplace(text.substr(0, equals), text.substr(equals + 1));
        }
    }
    return variables;
}

LayerReading readEnvironmentLayer(std::span<const SettingDefinition> table,
                                  const std::map<std::string, std::string>& environment) {
    LayerReading reading(table);
    for (const auto& [variable, text] : environment) {
        if (!variable.starts_with(kPrefix)) {
            continue;
        }
        const auto definition = std::find_if(table.begin(), table.end(), [&](const auto& row) {
            return row.environmentVariable() == variable;
        });
        const std::string origin = "environment variable " + variable;
        if (definition != table.end()) {
            reading.assignText(*definition, text, origin);
        } else if (namesAKnownSection(table, variable)) {
            reading.reject(origin + ": no setting has this name");
        }
    }
    return reading;
}

}  // namespace recops::config
