// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/api_error.h"
#include "core/health_report.h"
#include "core/token_identity.h"

#include <optional>

#include <QDateTime>
#include <QMetaType>
#include <QUrl>

namespace recops::console {

/// Whether recopsd answers its health check.
enum class ConnectionState {
    Disconnected,  ///< not watching any server
    Connecting,    ///< watching, no answer yet
    Reachable,     ///< the last /healthz answered as the contract says
    Unreachable,   ///< the last /healthz failed; retrying with backoff
};

/// Whether recopsd accepts the console's token.
enum class AuthenticationState {
    Unknown,        ///< not checked (server not reachable yet)
    NoToken,        ///< no token configured: only open endpoints work
    Checking,       ///< GET /api/v1/whoami in flight
    Authenticated,  ///< whoami answered; identity holds the role
    Rejected,       ///< 401/403: the token is wrong, expired or revoked
    Failed,         ///< whoami failed for another reason (see authenticationError)
};

/// Everything the console knows about the server it watches, as one value.
struct ServerHealth {
    ConnectionState state = ConnectionState::Disconnected;
    QUrl serverUrl;
    /// The last report recopsd gave (kept while unreachable, marked stale by the state).
    std::optional<HealthReport> report;
    /// Why the last health check failed (Kind::None after a success).
    ApiError lastError;
    /// Round trip of the last health check, in milliseconds; negative before the first.
    double lastLatencyMs = -1.0;
    QDateTime lastCheckedUtc;
    int consecutiveFailures = 0;
    /// While unreachable: when the next attempt starts, in milliseconds from lastCheckedUtc.
    int retryInMs = 0;

    AuthenticationState authentication = AuthenticationState::Unknown;
    TokenIdentity identity;
    ApiError authenticationError;

    /// A first answer is in: the health check ended, and so did the token check if any.
    bool isSettled() const {
        return (state == ConnectionState::Reachable || state == ConnectionState::Unreachable) &&
               authentication != AuthenticationState::Checking;
    }
};

}  // namespace recops::console

Q_DECLARE_METATYPE(recops::console::ServerHealth)
