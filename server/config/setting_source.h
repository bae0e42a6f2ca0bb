// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::config {

/// Where an effective value came from; later layers override earlier ones.
enum class SettingSource { Default, File, Environment, CommandLine };

/// "default", "file", "environment" or "command line".
std::string_view settingSourceName(SettingSource source);

}  // namespace recops::config
