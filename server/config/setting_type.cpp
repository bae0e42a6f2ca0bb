// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/setting_type.h"

namespace recops::config {

std::string_view settingTypeName(SettingType type) {
    switch (type) {
        case SettingType::Boolean:
            return "boolean";
        case SettingType::Integer:
            return "integer";
        case SettingType::String:
            return "string";
        case SettingType::StringList:
            return "list of strings";
        case SettingType::Number:
            return "number";
    }
    return "unknown";
}

}  // namespace recops::config
