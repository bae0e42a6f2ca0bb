// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/configuration.h"

#include <stdexcept>

namespace recops::config {

Configuration::Configuration(std::vector<EffectiveSetting> settings)
    : m_settings(std::move(settings)) {}

const EffectiveSetting& Configuration::setting(std::string_view key) const {
    for (const EffectiveSetting& setting : m_settings) {
        if (setting.definition->key == key) {
            return setting;
        }
    }
    throw std::logic_error("no setting named " + std::string(key));
}

template <typename T>
const T& Configuration::valueOf(std::string_view key) const {
    const SettingValue& value = setting(key).value;
    if (const T* typed = std::get_if<T>(&value)) {
        return *typed;
    }
    throw std::logic_error("setting " + std::string(key) + " read with the wrong type");
}

bool Configuration::boolean(std::string_view key) const {
    return valueOf<bool>(key);
}

std::int64_t Configuration::integer(std::string_view key) const {
    return valueOf<std::int64_t>(key);
}

double Configuration::number(std::string_view key) const {
    return valueOf<double>(key);
}

const std::string& Configuration::string(std::string_view key) const {
    return valueOf<std::string>(key);
}

const std::vector<std::string>& Configuration::stringList(std::string_view key) const {
    return valueOf<std::vector<std::string>>(key);
}

}  // namespace recops::config
