// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/token_store.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::service {

/// A token just created: the secret text, shown once, and the stored record.
struct IssuedToken {
    std::string token;
    store::TokenRecord record;
};

/**
 * What can be done with tokens, the same way from the command line and over HTTP: issue,
 * list, find, revoke, and the start-up bootstrap admin token.
 */
class TokenService {
public:
    static constexpr std::size_t kMaxNameLength = 100;

    explicit TokenService(store::TokenStore& store) : m_store(store) {}

    /// Why @p name cannot name a token (too long, control characters), or nothing.
    static std::optional<std::string> findNameProblem(std::string_view name);

    /// Creates a token; @p name must pass findNameProblem() (std::invalid_argument otherwise).
    IssuedToken issue(store::Role role, std::string name);

    std::vector<store::TokenRecord> list() { return m_store.list(); }
    std::optional<store::TokenRecord> find(std::string_view id) { return m_store.find(id); }
    store::RevokeOutcome revoke(std::string_view id);

    /**
     * Makes sure the configured bootstrap token (already validated) exists as an admin token
     * named "bootstrap". Its id being present is enough (a revoked bootstrap token stays
     * revoked); an id present with another secret throws std::runtime_error, since the
     * configuration and the database then disagree about who is admin.
     */
    void ensureBootstrapAdmin(std::string_view token);

private:
    store::TokenStore& m_store;
};

}  // namespace recops::service
