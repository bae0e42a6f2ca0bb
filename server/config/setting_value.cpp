// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/setting_value.h"

#include "common/json_string.h"

#include <charconv>

namespace recops::config {
namespace {

// A TOML basic string and a JSON string share their escapes for everything a setting holds.
std::string quoted(const std::string& text) {
    std::string out;
    common::appendJsonString(out, text);
    return out;
}

struct TomlFormatter {
    std::string operator()(bool value) const { return value ? "true" : "false"; }
    std::string operator()(std::int64_t value) const { return std::to_string(value); }
    std::string operator()(const std::string& value) const { return quoted(value); }
    std::string operator()(const std::vector<std::string>& values) const {
        std::string out = "[";
        for (std::size_t index = 0; index < values.size(); ++index) {
            out += index == 0 ? "" : ", ";
            out += quoted(values[index]);
        }
        return out + "]";
    }
    std::string operator()(double value) const {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        std::string text(buffer, result.ptr);
        // A TOML float needs a fraction or an exponent; "1" would read back as an integer.
        if (text.find_first_of(".e") == std::string::npos) {
            text += ".0";
        }
        return text;
    }
};

}  // namespace

std::string formatAsToml(const SettingValue& value) {
    return std::visit(TomlFormatter{}, value);
}

}  // namespace recops::config
