// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/setting_parser.h"

#include <algorithm>
#include <charconv>

namespace recops::config {
namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> items;
    if (trimmed(text).empty()) {
        return items;
    }
    while (true) {
        const auto comma = text.find(',');
        items.emplace_back(trimmed(text.substr(0, comma)));
        if (comma == std::string_view::npos) {
            return items;
        }
        text.remove_prefix(comma + 1);
    }
}

bool isAllowed(const SettingDefinition& definition, std::string_view candidate) {
    return definition.allowedValues.empty() ||
           std::find(definition.allowedValues.begin(), definition.allowedValues.end(), candidate) !=
               definition.allowedValues.end();
}

}  // namespace

SettingParseResult parseSettingText(const SettingDefinition& definition, std::string_view text) {
    switch (definition.type) {
        case SettingType::Boolean:
            if (text == "true" || text == "false") {
                return SettingValue(text == "true");
            }
            return std::string("not true or false");
        case SettingType::Integer: {
            std::int64_t number = 0;
            const auto [end, error] =
                std::from_chars(text.data(), text.data() + text.size(), number);
            if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
                return std::string("not a decimal integer");
            }
            return SettingValue(number);
        }
        case SettingType::String:
            return SettingValue(std::string(text));
        case SettingType::StringList:
            return SettingValue(splitList(text));
        case SettingType::Number: {
            double number = 0.0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(),
                                                      number, std::chars_format::fixed);
            if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
                return std::string("not a decimal number");
            }
            return SettingValue(number);
        }
    }
    return std::string("unknown setting type");
}

std::optional<std::string> findSettingProblem(const SettingDefinition& definition,
                                              const SettingValue& value) {
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        if (*number < definition.minimum || *number > definition.maximum) {
            return std::string();
        }
    }
    if (const auto* number = std::get_if<double>(&value)) {
        if (!(*number >= definition.numberMinimum && *number <= definition.numberMaximum)) {
            return std::string();
        }
    }
    if (const auto* text = std::get_if<std::string>(&value);
        text && !isAllowed(definition, *text)) {
        return std::string();
    }
    if (const auto* items = std::get_if<std::vector<std::string>>(&value)) {
        for (const std::string& item : *items) {
            if (item.empty()) {
                return std::string("an item is empty");
            }
            if (!isAllowed(definition, item)) {
                return "\"" + item + "\" is not allowed";
            }
        }
    }
    if (definition.validator != nullptr) {
        return definition.validator(value);
    }
    return std::nullopt;
}

}  // namespace recops::config
