// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/restore_confirmations.h"

#include "common/digest.h"
#include "common/random.h"

#include <algorithm>

namespace recops::backup {
namespace {

/// Enough for every admin to have a few in flight; the oldest give way beyond it.
constexpr std::size_t kMaxPending = 64;

bool sameSecret(std::string_view left, std::string_view right) {
    const auto a = common::sha256(left);
    const auto b = common::sha256(right);
    return common::equalInConstantTime(a, b);
}

}  // namespace

IssuedConfirmation RestoreConfirmations::issue(std::string_view backupId,
                                               std::string_view callerTokenId,
                                               std::chrono::system_clock::time_point now) {
    std::lock_guard lock(m_mutex);
    std::erase_if(m_pending, [&](const Pending& pending) { return pending.expiresAt <= now; });
    if (m_pending.size() >= kMaxPending) {
        m_pending.erase(m_pending.begin());
    }
    Pending pending{"rst_" + common::secureRandomHex(16), std::string(backupId),
                    std::string(callerTokenId), now + kLifetime};
    m_pending.push_back(pending);
    return IssuedConfirmation{pending.token, pending.expiresAt};
}

std::optional<std::string> RestoreConfirmations::consume(
    std::string_view token, std::string_view backupId, std::string_view callerTokenId,
    std::chrono::system_clock::time_point now) {
    std::lock_guard lock(m_mutex);
    const auto found =
        std::find_if(m_pending.begin(), m_pending.end(),
                     [&](const Pending& pending) { return sameSecret(pending.token, token); });
    if (found == m_pending.end()) {
        return "the confirmation is unknown or was used already; ask for a new one with a "
               "POST without a confirmation";
    }
    const Pending pending = *found;
    m_pending.erase(found);
    if (pending.expiresAt <= now) {
        return std::string("the confirmation expired; ask for a new one");
    }
    if (pending.backupId != backupId) {
        return "the confirmation was issued for backup " + pending.backupId + ", not this one";
    }
    if (pending.callerTokenId != callerTokenId) {
        return std::string("the confirmation was issued to another token");
    }
    return std::nullopt;
}

}  // namespace recops::backup
