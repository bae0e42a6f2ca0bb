// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

namespace recops::metrics {

/// [a-zA-Z_:][a-zA-Z0-9_:]*, as the Prometheus data model requires of metric names.
bool isValidMetricName(std::string_view name);

/// [a-zA-Z_][a-zA-Z0-9_]*, not starting with "__" (reserved for Prometheus itself).
bool isValidLabelName(std::string_view name);

}  // namespace recops::metrics
