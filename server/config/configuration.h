// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/effective_setting.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recops::config {

/**
 * The effective configuration: one value per row of the table, already validated.
 *
 * The typed getters throw std::logic_error for an unknown key or the wrong type: both are
 * mistakes in the code, not in the operator's input, which the loader has already refused.
 */
class Configuration {
public:
    explicit Configuration(std::vector<EffectiveSetting> settings);

    bool boolean(std::string_view key) const;
    std::int64_t integer(std::string_view key) const;
    double number(std::string_view key) const;
    const std::string& string(std::string_view key) const;
    const std::vector<std::string>& stringList(std::string_view key) const;

    const EffectiveSetting& setting(std::string_view key) const;
    const std::vector<EffectiveSetting>& settings() const { return m_settings; }

private:
    template <typename T>
    const T& valueOf(std::string_view key) const;

    std::vector<EffectiveSetting> m_settings;
};

}  // namespace recops::config
