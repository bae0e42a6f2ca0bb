// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/configuration_report.h"

namespace recops::config {
namespace {

constexpr std::string_view kRedacted = "\"<redacted>\"";

bool isUnset(const SettingValue& value) {
    const auto* text = std::get_if<std::string>(&value);
    return text != nullptr && text->empty();
}

}  // namespace

std::string renderConfigurationReport(const Configuration& configuration) {
    std::string report =
        "# recopsd effective configuration (defaults < file < environment < --set)\n";
    std::string_view section;
    for (const EffectiveSetting& setting : configuration.settings()) {
        const SettingDefinition& definition = *setting.definition;
        if (definition.section() != section) {
            section = definition.section();
            report += "\n[" + std::string(section) + "]\n";
        }
        const bool redact = definition.isSecret() && !isUnset(setting.value);
        report += std::string(definition.name()) + " = ";
        report += redact ? std::string(kRedacted) : formatAsToml(setting.value);
        report += "  # " + (setting.origin.empty() ? std::string(settingSourceName(setting.source))
                                                   : setting.origin);
        report += "\n";
    }
    return report;
}

}  // namespace recops::config
