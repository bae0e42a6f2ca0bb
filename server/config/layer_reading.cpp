// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/layer_reading.h"

#include "common/json_string.h"
#include "config/setting_parser.h"
#include "config/unknown_key.h"

namespace recops::config {
namespace {

constexpr std::string_view kHiddenValue = "a value that is not shown (secret)";

std::string quoted(std::string_view text) {
    std::string out;
    common::appendJsonString(out, text);
    return out;
}

}  // namespace

void LayerReading::assign(const SettingDefinition& definition, SettingValue value,
                          std::string origin) {
    if (const auto reason = findSettingProblem(definition, value)) {
        const std::string shown =
            definition.isSecret() ? std::string(kHiddenValue) : formatAsToml(value);
        rejectValue(definition, origin, shown, *reason);
        return;
    }
    m_assignments.push_back({&definition, std::move(value), std::move(origin)});
}

void LayerReading::assignText(const SettingDefinition& definition, std::string_view text,
                              std::string origin) {
    SettingParseResult parsed = parseSettingText(definition, text);
    if (auto* value = std::get_if<SettingValue>(&parsed)) {
        assign(definition, std::move(*value), std::move(origin));
        return;
    }
    rejectValue(definition, origin, definition.isSecret() ? kHiddenValue : quoted(text));
}

void LayerReading::rejectValue(const SettingDefinition& definition, std::string_view origin,
                               std::string_view shown, std::string_view reason) {
    std::string problem = std::string(origin) + ": " + std::string(definition.key) + ": expected " +
                          definition.describeExpectation() + ", got " + std::string(shown);
    if (!reason.empty()) {
        problem += " (" + std::string(reason) + ")";
    }
    m_problems.push_back(std::move(problem));
}

void LayerReading::rejectUnknownKey(std::string_view origin, std::string_view key) {
    std::string problem = std::string(origin) + ": unknown key '" + std::string(key) + "'";
    if (const auto suggestion = closestKey(m_table, key)) {
        problem += " (did you mean " + std::string(*suggestion) + "?)";
    }
    m_problems.push_back(std::move(problem));
}

}  // namespace recops::config
