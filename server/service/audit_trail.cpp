// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/audit_trail.h"

#include "common/logger.h"
#include "http/responses.h"
#include "service/authenticator.h"
#include "store/audit_log.h"
#include "store/store_error.h"

#include <chrono>
#include <exception>
#include <variant>

namespace recops::service {
namespace {

/// The problem's detail when @p response is a problem, so that refusals say why.
std::string problemDetail(const http::Response& response) {
    const auto type = response.find(http::Field::content_type);
    if (type == response.end() || type->value() != "application/problem+json") {
        return {};
    }
    const auto body = nlohmann::json::parse(response.body(), nullptr, false);
    return body.is_object() && body.contains("detail") && body["detail"].is_string()
               ? body["detail"].get<std::string>()
               : std::string();
}

store::AuditEntry entryFor(const http::RequestContext& context, const Principal& caller,
                           const AuditNote& note, unsigned status) {
    return store::AuditEntry{
        0,
        std::chrono::system_clock::now(),
        caller.tokenId,
        caller.name,
        std::string(store::roleName(caller.role)),
        note.action,
        note.target,
        auditOutcomeOf(status),
        static_cast<int>(status),
        std::string(context.requestId),
        {},
    };
}

}  // namespace

store::AuditOutcome auditOutcomeOf(unsigned status) {
    if (status >= 500) {
        return store::AuditOutcome::Failed;
    }
    return status >= 400 ? store::AuditOutcome::Refused : store::AuditOutcome::Success;
}

http::Handler AuditTrail::route(store::Role minimum, std::string action,
                                AuditedHandler handler) const {
    return [this, minimum, action = std::move(action),
            handler = std::move(handler)](const http::RequestContext& context) {
        auto outcome = m_authenticator.authenticate(context);
        if (const auto* problem = std::get_if<http::Problem>(&outcome)) {
            return http::problemResponse(context, *problem);
        }
        const Principal& caller = std::get<Principal>(outcome);
        AuditNote note{action, std::string(context.path)};
        http::Response response;
        if (const auto problem = Authenticator::findRoleProblem(caller, minimum)) {
            response = http::problemResponse(context, *problem);
        } else {
            try {
                response = handler(context, caller, note);
            } catch (const std::exception&) {
                // The dispatcher answers 500 and logs the cause under the request id.
                store::AuditEntry entry = entryFor(context, caller, note, 500);
                entry.detail =
                    "the server failed unexpectedly; the log has the cause under "
                    "request id " +
                    std::string(context.requestId);
                record(entry);
                throw;
            }
        }
        store::AuditEntry entry = entryFor(context, caller, note, response.result_int());
        entry.detail = problemDetail(response);
        record(entry);
        return response;
    };
}

void AuditTrail::record(const store::AuditEntry& entry) const {
    try {
        m_log.append(entry);
    } catch (const std::exception& error) {
        m_logger.error("cannot write the audit log", {{"action", entry.action},
                                                      {"target", entry.target},
                                                      {"actor", entry.actorTokenId},
                                                      {"request_id", entry.requestId},
                                                      {"error", error.what()}});
    }
}

}  // namespace recops::service
