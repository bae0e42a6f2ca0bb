// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/setting_source.h"

namespace recops::config {

std::string_view settingSourceName(SettingSource source) {
    switch (source) {
        case SettingSource::Default:
            return "default";
        case SettingSource::File:
            return "file";
        case SettingSource::Environment:
            return "environment";
        case SettingSource::CommandLine:
            return "command line";
    }
    return "unknown";
}

}  // namespace recops::config
