// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "drills/fault.h"

#include <chrono>

#include <nlohmann/json.hpp>

namespace recops::service {

/// {"id", "kind", "magnitude", "started_at", "expires_at", "remaining_s", "created_by"}.
nlohmann::json faultToJson(const drills::Fault& fault, std::chrono::system_clock::time_point now);

}  // namespace recops::service
