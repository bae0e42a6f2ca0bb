// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/handler.h"
#include "service/principal.h"
#include "store/audit_entry.h"
#include "store/role.h"

#include <functional>
#include <string>

namespace recops::common {
class Logger;
}
namespace recops::store {
class AuditLog;
}

namespace recops::service {

class Authenticator;

/// What an audited handler may say about its action beyond what the request tells.
struct AuditNote {
    /// What was done. Starts as the route's action; a route that does one of two things (ask
    /// for a restore confirmation, or restore) names the one it did.
    std::string action;
    /// What the action was done to. Starts as the request's path; a handler that creates a
    /// resource sets it to the new resource's path.
    std::string target;
};

/// A handler whose calls are audited: it knows its caller and may refine its audit entry.
using AuditedHandler = std::function<http::Response(const http::RequestContext& context,
                                                    const Principal& caller, AuditNote& note)>;

/**
 * The audit log as routes use it: every call of a state-changing route by an authenticated
 * caller is recorded (who, when, what, target, outcome, request id), whether it succeeded, was
 * refused (403 for a role too low, 4xx for bad input or a conflict) or failed (5xx).
 *
 * A route adopts it by registering its handler through route() instead of
 * Authenticator::requireRole(): the same authentication and role check, plus the entry.
 * Calls without valid credentials (401) are not recorded: there is no actor to name, and
 * the access log has them.
 *
 * The entry is written after the handler answered, outside the action's own transaction; a
 * failure to write it is logged and does not change the response.
 */
class AuditTrail {
public:
    AuditTrail(store::AuditLog& log, const Authenticator& authenticator, common::Logger& logger)
        : m_log(log), m_authenticator(authenticator), m_logger(logger) {}

    /// @p handler behind authentication and @p minimum role, each call recorded as @p action
    /// (dotted, such as "token.create").
    http::Handler route(store::Role minimum, std::string action, AuditedHandler handler) const;

    /// Records an action that did not come through route(): the end of a background job, a
    /// command-line run. Never throws; a failure is logged.
    void record(const store::AuditEntry& entry) const;

private:
    store::AuditLog& m_log;
    const Authenticator& m_authenticator;
    common::Logger& m_logger;
};

/// The audit outcome of an HTTP status: success below 400, refused for 4xx, failed for 5xx.
store::AuditOutcome auditOutcomeOf(unsigned status);

}  // namespace recops::service
