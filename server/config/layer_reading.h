// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/setting_definition.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace recops::config {

/// One value a layer (file, environment, --set) gives a setting.
struct SettingAssignment {
    const SettingDefinition* definition = nullptr;
    SettingValue value;
    std::string origin;
};

/**
 * What reading one configuration layer found: valid assignments, and a precise sentence for
 * each problem. Every message about a setting is written here, so they all read alike:
 * "<origin>: <key>: expected <what>, got <value> (<reason>)", with secrets never echoed.
 */
class LayerReading {
public:
    explicit LayerReading(std::span<const SettingDefinition> table) : m_table(table) {}

    /// Checks @p value against its row, then keeps it or records why not.
    void assign(const SettingDefinition& definition, SettingValue value, std::string origin);

    /// Parses @p text as in environment variables and --set, then as assign().
    void assignText(const SettingDefinition& definition, std::string_view text, std::string origin);

    /// Records a value of the wrong type; @p shown describes what was given.
    void rejectValue(const SettingDefinition& definition, std::string_view origin,
                     std::string_view shown, std::string_view reason = {});

    /// Records a key the table does not have, suggesting the closest one.
    void rejectUnknownKey(std::string_view origin, std::string_view key);

    /// Records any other problem, already a full sentence.
    void reject(std::string problem) { m_problems.push_back(std::move(problem)); }

    std::span<const SettingDefinition> table() const { return m_table; }
    const std::vector<SettingAssignment>& assignments() const { return m_assignments; }
    const std::vector<std::string>& problems() const { return m_problems; }

private:
    std::span<const SettingDefinition> m_table;
    std::vector<SettingAssignment> m_assignments;
    std::vector<std::string> m_problems;
};

}  // namespace recops::config
