// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace recops::store {

/**
 * What a token may do, each role including the ones before it:
 * viewer (read), client (ask for recommendations, send events), operator (change the running
 * service: promote models, acknowledge alerts), admin (manage tokens).
 */
enum class Role { Viewer, Client, Operator, Admin };

inline constexpr std::array<std::string_view, 4> kRoleNames{"viewer", "client", "operator",
                                                            "admin"};

constexpr std::string_view roleName(Role role) {
    return kRoleNames[static_cast<std::size_t>(role)];
}

/// The role named @p name (lowercase, as roleName writes it), or nothing.
constexpr std::optional<Role> parseRole(std::string_view name) {
    for (std::size_t index = 0; index < kRoleNames.size(); ++index) {
        if (kRoleNames[index] == name) {
            return static_cast<Role>(index);
        }
    }
    return std::nullopt;
}

/// Whether a token holding @p held may use a route that requires @p required.
constexpr bool grants(Role held, Role required) {
    return held >= required;
}

}  // namespace recops::store
