// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/setting_definition.h"

#include <span>
#include <string>

namespace recops::config {

/// The table as Markdown, for docs/server.md (`recopsd config reference` prints it).
std::string renderSettingsReference(std::span<const SettingDefinition> table);

}  // namespace recops::config
