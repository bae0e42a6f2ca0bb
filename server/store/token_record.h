// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/digest.h"
#include "store/role.h"

#include <chrono>
#include <optional>
#include <string>

namespace recops::store {

/// A stored API token. The digest is SHA-256 of the whole token; the token itself is never
/// stored, and the digest never leaves the server.
struct TokenRecord {
    std::string id;
    std::string name;
    Role role = Role::Viewer;
    common::Sha256Digest digest{};
    std::chrono::system_clock::time_point createdAt;
    std::optional<std::chrono::system_clock::time_point> revokedAt;

    bool isRevoked() const { return revokedAt.has_value(); }
};

}  // namespace recops::store
