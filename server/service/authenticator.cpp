// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/authenticator.h"

#include "http/responses.h"
#include "service/token_directory.h"

#include <boost/beast/core/string.hpp>

namespace recops::service {
namespace {

constexpr std::string_view kScheme = "Bearer";

http::Problem unauthorized(std::string detail) {
    return http::Problem{http::ProblemType::Unauthorized, std::move(detail)};
}

}  // namespace

std::variant<Principal, http::Problem> Authenticator::authenticate(
    const http::RequestContext& context) const {
    std::string_view credentials = context.header(http::Field::authorization);
    if (credentials.empty()) {
        return unauthorized("this route needs a token: send Authorization: Bearer <token>");
    }
    // RFC 9110: the scheme is case-insensitive and separated from its parameter by spaces.
    const auto space = credentials.find(' ');
    if (space == std::string_view::npos ||
        !boost::beast::iequals(credentials.substr(0, space), kScheme)) {
        return unauthorized("expected Authorization: Bearer <token>");
    }
    credentials.remove_prefix(space);
    credentials.remove_prefix(std::min(credentials.find_first_not_of(' '), credentials.size()));
    if (auto caller = m_directory.authenticate(credentials)) {
        return std::move(*caller);
    }
    return unauthorized("the token is malformed, unknown or revoked");
}

http::Handler Authenticator::requireRole(store::Role minimum, AuthenticatedHandler handler) const {
    return [this, minimum, handler = std::move(handler)](const http::RequestContext& context) {
        auto outcome = authenticate(context);
        if (const auto* problem = std::get_if<http::Problem>(&outcome)) {
            return http::problemResponse(context, *problem);
        }
        const Principal& caller = std::get<Principal>(outcome);
        if (const auto problem = findRoleProblem(caller, minimum)) {
            return http::problemResponse(context, *problem);
        }
        return handler(context, caller);
    };
}

std::optional<http::Problem> Authenticator::findRoleProblem(const Principal& caller,
                                                            store::Role minimum) {
    if (store::grants(caller.role, minimum)) {
        return std::nullopt;
    }
    return http::Problem{http::ProblemType::Forbidden,
                         "this route needs the " + std::string(store::roleName(minimum)) +
                             " role; the token has " + std::string(store::roleName(caller.role))};
}

}  // namespace recops::service
