// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/override_layer.h"

#include "config/settings_table.h"

namespace recops::config {

LayerReading readOverrideLayer(std::span<const SettingDefinition> table,
                               const std::vector<std::string>& overrides) {
    LayerReading reading(table);
    for (const std::string& assignment : overrides) {
        const auto equals = assignment.find('=');
        if (equals == std::string::npos) {
            reading.reject("--set " + assignment + ": expected section.key=value");
            continue;
        }
        const std::string key = assignment.substr(0, equals);
        const std::string origin = "--set";
        if (const SettingDefinition* definition = findSetting(table, key)) {
            reading.assignText(*definition, std::string_view(assignment).substr(equals + 1),
                               origin);
        } else {
            reading.rejectUnknownKey(origin, key);
        }
    }
    return reading;
}

}  // namespace recops::config
