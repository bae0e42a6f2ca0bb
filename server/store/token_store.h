// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/token_record.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace recops::store {

/// What revoke() found.
enum class RevokeOutcome { Revoked, AlreadyRevoked, NotFound };

/**
 * Where API tokens live. Implementations are safe to call from several threads, and other
 * processes (the `recopsd token` commands) may change the same tokens at any time.
 */
class TokenStore {
public:
    virtual ~TokenStore() = default;

    /// Adds @p record; false when its id is taken (the caller draws a new token).
    virtual bool insert(const TokenRecord& record) = 0;

    virtual std::optional<TokenRecord> find(std::string_view id) = 0;

    /// Every token, revoked ones included, oldest first.
    virtual std::vector<TokenRecord> list() = 0;

    /// Marks the token revoked at @p time; a revoked token stays listed but never authenticates.
    virtual RevokeOutcome revoke(std::string_view id,
                                 std::chrono::system_clock::time_point time) = 0;

    /**
     * A number that differs from the previous call's whenever tokens may have changed since,
     * by this process or another. Cheap enough to poll a few times a second; it may also
     * change when nothing relevant did (a cache then reloads for nothing, which is harmless).
     */
    virtual std::uint64_t revision() = 0;
};

}  // namespace recops::store
