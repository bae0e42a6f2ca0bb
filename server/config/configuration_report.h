// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "config/configuration.h"

#include <string>

namespace recops::config {

/**
 * The effective configuration as TOML, each value followed by a comment saying where it came
 * from. Secrets that are set show as "<redacted>"; an unset (empty) secret shows as "" so that
 * an operator can see it is missing. The output, secrets aside, is a valid configuration file.
 */
std::string renderConfigurationReport(const Configuration& configuration);

}  // namespace recops::config
