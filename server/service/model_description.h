// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <string>

namespace recops::service {

/// What health and readiness say about the model serving recommendations.
struct ModelDescription {
    std::string name;
    std::string version;
    /// The algorithm's short name, for example "ease" or "als".
    std::string algorithm;
    std::chrono::system_clock::time_point loadedAt;
};

}  // namespace recops::service
