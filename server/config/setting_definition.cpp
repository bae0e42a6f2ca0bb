// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/setting_definition.h"

#include <cctype>

namespace recops::config {

std::string SettingDefinition::environmentVariable() const {
    std::string variable = "RECOPSD_";
    for (char c : key) {
        variable.push_back(
            c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return variable;
}

std::string SettingDefinition::describeExpectation() const {
    if (!expectation.empty()) {
        return std::string(expectation);
    }
    switch (type) {
        case SettingType::Boolean:
            return "true or false";
        case SettingType::Integer:
            return "integer in " + std::to_string(minimum) + ".." + std::to_string(maximum);
        case SettingType::Number:
            return "number in " + formatAsToml(numberMinimum) + ".." + formatAsToml(numberMaximum);
        case SettingType::String:
        case SettingType::StringList:
            break;
    }
    std::string text = type == SettingType::String ? "string" : "list of strings";
    if (!allowedValues.empty()) {
        text += type == SettingType::String ? ", one of " : ", each one of ";
        for (std::size_t index = 0; index < allowedValues.size(); ++index) {
            text += index == 0 ? "" : ", ";
            text += allowedValues[index];
        }
    }
    return text;
}

}  // namespace recops::config
