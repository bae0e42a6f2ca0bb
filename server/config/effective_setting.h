// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/setting_definition.h"
#include "config/setting_source.h"
#include "config/setting_value.h"

#include <string>

namespace recops::config {

/// A setting's value after layering, with where it came from.
struct EffectiveSetting {
    const SettingDefinition* definition = nullptr;
    SettingValue value;
    SettingSource source = SettingSource::Default;
    /// Exactly where: "recopsd.toml:3:11", "RECOPSD_SERVER_THREADS", "--set", or empty.
    std::string origin;
};

}  // namespace recops::config
