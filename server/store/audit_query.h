// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace recops::store {

/// Which audit entries to read, newest first. Every filter that is set must hold. Name the
/// fields you set: AuditQuery{.actor = "alice", .limit = 20}.
struct AuditQuery {
    /// A token id or a token name, matched exactly.
    std::optional<std::string> actor{};
    /// An action ("token.create"), or every action under a prefix when it ends in ".*"
    /// ("backup.*" matches backup.create and backup.restore).
    std::optional<std::string> action{};
    /// Entries at or after this time.
    std::optional<std::chrono::system_clock::time_point> from{};
    /// Entries before this time.
    std::optional<std::chrono::system_clock::time_point> to{};
    /// Only entries older than this id (the previous page's last one).
    std::optional<std::int64_t> beforeId{};
    std::size_t limit = 100;
};

}  // namespace recops::store
