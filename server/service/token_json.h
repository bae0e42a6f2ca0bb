// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/token_record.h"

#include <nlohmann/json.hpp>

namespace recops::service {

/// A token as the API and `recopsd token list --json` show it:
/// {"id", "name", "role", "created_at", "revoked_at" (null unless revoked)}. Never the digest.
nlohmann::json tokenToJson(const store::TokenRecord& record);

}  // namespace recops::service
