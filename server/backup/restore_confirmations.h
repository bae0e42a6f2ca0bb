// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::backup {

/// A confirmation token as issued: shown to the caller once, with when it expires.
struct IssuedConfirmation {
    std::string token;
    std::chrono::system_clock::time_point expiresAt;
};

/**
 * The two-step handshake before a restore: the first call gets a confirmation token (with what
 * the restore will replace), the second presents it. A token is random, single-use, expires,
 * and is valid only for the backup and the caller (token id) it was issued to, so a retried
 * or replayed request cannot restore by accident. Kept in memory: a restart forgets pending
 * confirmations, which only means asking again.
 */
class RestoreConfirmations {
public:
    static constexpr std::chrono::minutes kLifetime{5};

    IssuedConfirmation issue(std::string_view backupId, std::string_view callerTokenId,
                             std::chrono::system_clock::time_point now);

    /// Consumes @p token when it was issued for @p backupId and @p callerTokenId and has not
    /// expired: nothing then. Otherwise why not (the token stays unusable either way).
    std::optional<std::string> consume(std::string_view token, std::string_view backupId,
                                       std::string_view callerTokenId,
                                       std::chrono::system_clock::time_point now);

private:
    struct Pending {
        std::string token;
        std::string backupId;
        std::string callerTokenId;
        std::chrono::system_clock::time_point expiresAt;
    };

    std::mutex m_mutex;
    std::vector<Pending> m_pending;
};

}  // namespace recops::backup
