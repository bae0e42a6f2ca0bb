// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/configuration_loader.h"

#include "config/config_error.h"
#include "config/environment_layer.h"
#include "config/override_layer.h"
#include "config/setting_parser.h"
#include "config/toml_layer.h"

#include <stdexcept>

namespace recops::config {
namespace {

std::vector<EffectiveSetting> defaultsOf(std::span<const SettingDefinition> table) {
    std::vector<EffectiveSetting> settings;
    settings.reserve(table.size());
    for (const SettingDefinition& definition : table) {
        SettingParseResult parsed = parseSettingText(definition, definition.defaultValue);
        auto* value = std::get_if<SettingValue>(&parsed);
        // A default that does not pass its own row is a bug in the table, caught by unit tests.
        if (value == nullptr || findSettingProblem(definition, *value)) {
            throw std::logic_error("invalid default for " + std::string(definition.key));
        }
        settings.push_back({&definition, std::move(*value), SettingSource::Default, {}});
    }
    return settings;
}

void apply(std::vector<EffectiveSetting>& settings, const LayerReading& layer,
           SettingSource source) {
    for (const SettingAssignment& assignment : layer.assignments()) {
        for (EffectiveSetting& setting : settings) {
            if (setting.definition == assignment.definition) {
                setting.value = assignment.value;
                setting.source = source;
                setting.origin = assignment.origin;
            }
        }
    }
}

}  // namespace

Configuration loadConfiguration(const ConfigurationSources& sources,
                                std::span<const SettingDefinition> table) {
    std::vector<std::pair<LayerReading, SettingSource>> layers;
    if (sources.file) {
        layers.emplace_back(readTomlLayer(table, *sources.file), SettingSource::File);
    }
    layers.emplace_back(readEnvironmentLayer(table, sources.environment),
                        SettingSource::Environment);
    layers.emplace_back(readOverrideLayer(table, sources.overrides), SettingSource::CommandLine);

    std::vector<std::string> problems;
    for (const auto& [layer, source] : layers) {
        problems.insert(problems.end(), layer.problems().begin(), layer.problems().end());
    }
    if (!problems.empty()) {
        throw ConfigError(std::move(problems));
    }
    std::vector<EffectiveSetting> settings = defaultsOf(table);
    for (const auto& [layer, source] : layers) {
        apply(settings, layer, source);
    }
    return Configuration(std::move(settings));
}

}  // namespace recops::config
