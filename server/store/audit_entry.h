// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace recops::store {

/// How an audited action ended: done (2xx), refused (4xx: role too low, bad input, conflict)
/// or failed (5xx, or a background job that failed).
enum class AuditOutcome { Success, Refused, Failed };

inline constexpr std::array<std::string_view, 3> kAuditOutcomeNames{"success", "refused", "failed"};

constexpr std::string_view auditOutcomeName(AuditOutcome outcome) {
    return kAuditOutcomeNames[static_cast<std::size_t>(outcome)];
}

/// One recorded action: who did what to which target, when, and how it ended.
struct AuditEntry {
    /// Assigned by the store, increasing; 0 before the entry is appended.
    std::int64_t id = 0;
    std::chrono::system_clock::time_point time;
    /// The token that authenticated the request; empty for the command line.
    std::string actorTokenId;
    /// The token's name, or "command line (user NAME)".
    std::string actorName;
    /// The token's role; empty for the command line.
    std::string actorRole;
    /// What was done, dotted: "token.create", "backup.restore", "incident.update".
    std::string action;
    /// What it was done to, as the resource's API path: "/api/v1/tokens/3f9a0c1d2e4b5a69".
    std::string target;
    AuditOutcome outcome = AuditOutcome::Success;
    /// The HTTP status answered; 0 for actions that had no HTTP request.
    int status = 0;
    std::string requestId;
    /// For refusals and failures, why (the problem's detail); empty otherwise.
    std::string detail;
};

}  // namespace recops::store
