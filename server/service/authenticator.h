// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/handler.h"
#include "http/problem.h"
#include "service/principal.h"
#include "store/role.h"

#include <functional>
#include <optional>
#include <variant>

namespace recops::service {

class TokenDirectory;

/// A handler that runs only for an authenticated caller, and knows who it is.
using AuthenticatedHandler =
    std::function<http::Response(const http::RequestContext& context, const Principal& caller)>;

/**
 * Bearer-token authentication and role checks, wrapped around handlers when routes are
 * registered, so that no handler can forget them.
 */
class Authenticator {
public:
    explicit Authenticator(const TokenDirectory& directory) : m_directory(directory) {}

    /// The caller of @p context, or the 401 problem saying what is wrong with its credentials.
    std::variant<Principal, http::Problem> authenticate(const http::RequestContext& context) const;

    /// @p handler behind authentication (401) and a minimum role (403).
    http::Handler requireRole(store::Role minimum, AuthenticatedHandler handler) const;

    /// The 403 problem when @p caller's role is below @p minimum, or nothing.
    static std::optional<http::Problem> findRoleProblem(const Principal& caller,
                                                        store::Role minimum);

private:
    const TokenDirectory& m_directory;
};

}  // namespace recops::service
