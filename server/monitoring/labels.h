// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <map>
#include <string>

namespace recops::monitoring {

/// An alert's labels: name to value, kept sorted so that equal sets compare and print alike.
using Labels = std::map<std::string, std::string>;

/// One text per distinct label set ("alertname=HighDataDrift,feature=age,severity=warning",
/// values escaped), which identifies an alert among those of its rule.
std::string labelFingerprint(const Labels& labels);

}  // namespace recops::monitoring
