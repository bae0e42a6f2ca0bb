// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/on_call_routes.h"

#include "alerting/escalation_plan.h"
#include "common/timestamp.h"
#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "service/alert_json.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/monitoring_plane.h"
#include "service/on_call_json.h"
#include "service/service_context.h"
#include "store/notification_store.h"

namespace recops::service {
namespace {

using TimePoint = std::chrono::system_clock::time_point;

constexpr std::string_view kContactsPath = "/api/v1/contacts";
constexpr std::string_view kPoliciesPath = "/api/v1/escalation-policies";

UrlVisibility visibilityFor(const Principal& caller) {
    return caller.role >= store::Role::Operator ? UrlVisibility::Whole : UrlVisibility::OriginOnly;
}

nlohmann::json contactsJson(const ServiceContext& service, UrlVisibility visibility) {
    nlohmann::json contacts = nlohmann::json::array();
    for (const alerting::Contact& contact : service.monitoring.onCall().contacts()) {
        contacts.push_back(contactToJson(contact, visibility));
    }
    return {{"contacts", contacts}};
}

nlohmann::json policiesJson(const ServiceContext& service) {
    nlohmann::json policies = nlohmann::json::array();
    for (const alerting::EscalationPolicy& policy : service.monitoring.onCall().policies()) {
        policies.push_back(policyToJson(policy));
    }
    return {{"escalation_policies", policies}};
}

/// Parses the body and hands it to @p read, which throws InvalidInput for bad members.
template <typename Read>
auto readBody(const http::RequestContext& context, Read read)
    -> std::variant<decltype(read(nlohmann::json())), http::Problem> {
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return *problem;
    }
    try {
        return read(std::get<nlohmann::json>(body));
    } catch (const InvalidInput& error) {
        return http::Problem{http::ProblemType::InvalidRequest, error.what()};
    }
}

http::Response refusal(const http::RequestContext& context,
                       const alerting::ReferenceProblem& problem) {
    const bool inUse = problem.kind == alerting::ReferenceProblem::Kind::InUse;
    return http::problemResponse(context, http::Problem{inUse ? http::ProblemType::Conflict
                                                              : http::ProblemType::InvalidRequest,
                                                        problem.detail});
}

/// A problem response when the request has a query string; these endpoints take none.
std::optional<http::Response> refuseQuery(const http::RequestContext& context) {
    auto parsed = http::QueryParameters::parse(context.query, {});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    return std::nullopt;
}

http::Response getContacts(const http::RequestContext& context, const ServiceContext& service,
                           const Principal& caller) {
    if (auto refused = refuseQuery(context)) {
        return std::move(*refused);
    }
    return http::jsonResponse(http::Status::ok, contactsJson(service, visibilityFor(caller)));
}

http::Response getPolicies(const http::RequestContext& context, const ServiceContext& service) {
    if (auto refused = refuseQuery(context)) {
        return std::move(*refused);
    }
    return http::jsonResponse(http::Status::ok, policiesJson(service));
}

http::Response putContacts(const http::RequestContext& context, const ServiceContext& service,
                           const Principal& caller) {
    auto contacts = readBody(context, readContacts);
    if (const auto* problem = std::get_if<http::Problem>(&contacts)) {
        return http::problemResponse(context, *problem);
    }
    auto& list = std::get<std::vector<alerting::Contact>>(contacts);
    if (const auto refused = service.monitoring.onCall().replaceContacts(std::move(list))) {
        return refusal(context, *refused);
    }
    return http::jsonResponse(http::Status::ok, contactsJson(service, visibilityFor(caller)));
}

http::Response putPolicies(const http::RequestContext& context, const ServiceContext& service) {
    auto policies = readBody(context, readPolicies);
    if (const auto* problem = std::get_if<http::Problem>(&policies)) {
        return http::problemResponse(context, *problem);
    }
    auto& list = std::get<std::vector<alerting::EscalationPolicy>>(policies);
    if (const auto refused = service.monitoring.onCall().replacePolicies(std::move(list))) {
        return refusal(context, *refused);
    }
    return http::jsonResponse(http::Status::ok, policiesJson(service));
}

std::string_view stepState(const alerting::Alert& alert, const alerting::EscalationStep& step,
                           std::optional<TimePoint> at, TimePoint now, bool silenced) {
    if (step.index < alert.escalationStep) {
        return "paged";
    }
    if (alert.state == alerting::AlertState::Resolved || alert.acknowledgment || silenced) {
        return "skipped";
    }
    return at && *at <= now ? "due" : "upcoming";
}

std::string_view escalationStatus(const alerting::Alert& alert, bool silenced) {
    if (alert.state == alerting::AlertState::Resolved) {
        return "resolved";
    }
    if (alert.acknowledgment) {
        return "acknowledged";
    }
    if (silenced) {
        return "silenced";
    }
    return alert.state == alerting::AlertState::Firing ? "escalating" : "pending";
}

http::Response dryRun(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed = http::QueryParameters::parse(context.query, {"alert"});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const auto alertId = std::get<http::QueryParameters>(parsed).find("alert");
    if (!alertId || alertId->empty()) {
        return http::problemResponse(
            context, http::invalidParameter("alert", "required: the id of the alert to plan for"));
    }
    alerting::OnCallDirectory& onCall = service.monitoring.onCall();
    const auto policy = onCall.policy(context.parameter("id"));
    if (!policy) {
        return http::problemResponse(
            context,
            http::Problem{http::ProblemType::NotFound,
                          "no escalation policy has id " + std::string(context.parameter("id"))});
    }
    const auto alert = service.monitoring.alerts().find(*alertId);
    if (!alert) {
        return http::problemResponse(
            context,
            http::Problem{http::ProblemType::NotFound, "no alert has id " + std::string(*alertId)});
    }
    const TimePoint now = std::chrono::system_clock::now();
    const bool silenced = alert->state != alerting::AlertState::Resolved &&
                          !service.monitoring.silences().silencing(alert->labels, now).empty();
    nlohmann::json steps = nlohmann::json::array();
    for (const alerting::EscalationStep& step : alerting::planEscalation(*policy)) {
        std::optional<TimePoint> at;
        if (alert->firingSince) {
            at = *alert->firingSince + step.offset;
        }
        nlohmann::json contacts = nlohmann::json::array();
        for (const std::string& id : step.contactIds) {
            const auto contact = onCall.contact(id);
            contacts.push_back({{"id", id},
                                {"name", contact ? contact->name : ""},
                                {"role", contact ? contact->role : ""},
                                {"email", contact ? contact->email : ""},
                                {"phone", contact ? contact->phone : ""},
                                {"channel", contact && contact->webhook
                                                ? nlohmann::json(alerting::notificationFormatName(
                                                      contact->webhook->format))
                                                : nlohmann::json(nullptr)}});
        }
        steps.push_back({{"step", step.index + 1},
                         {"cycle", step.cycle + 1},
                         {"level", step.level + 1},
                         {"after_s", std::chrono::duration<double>(step.offset).count()},
                         {"at", timestampOrNull(at)},
                         {"state", stepState(*alert, step, at, now, silenced)},
                         {"contacts", contacts}});
    }
    const auto selected = onCall.policyFor(alert->labels);
    return http::jsonResponse(
        http::Status::ok, {{"policy_id", policy->id},
                           {"alert_id", alert->id},
                           {"matches", alerting::matchesAll(policy->matchers, alert->labels)},
                           {"selected_policy_id", !alert->escalationPolicyId.empty()
                                                      ? nlohmann::json(alert->escalationPolicyId)
                                                      : (selected ? nlohmann::json(selected->id)
                                                                  : nlohmann::json(nullptr))},
                           {"status", escalationStatus(*alert, silenced)},
                           {"firing_since", timestampOrNull(alert->firingSince)},
                           {"stops_when",
                            "the alert is acknowledged or resolved; nothing is paged while a "
                            "silence matches it"},
                           {"steps", steps}});
}

http::Response listNotifications(const http::RequestContext& context, const ServiceContext& service,
                                 const Principal& caller) {
    auto parsed =
        http::QueryParameters::parse(context.query, {"alert", "contact", "state", "limit"});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const http::QueryParameters& query = std::get<http::QueryParameters>(parsed);
    auto limit = query.integer("limit", 100, 1, 1000);
    if (const auto* problem = std::get_if<http::Problem>(&limit)) {
        return http::problemResponse(context, *problem);
    }
    store::NotificationQuery filter;
    const auto owned = [&query](std::string_view name) -> std::optional<std::string> {
        const auto value = query.find(name);
        return value ? std::optional<std::string>(*value) : std::nullopt;
    };
    filter.alertId = owned("alert");
    filter.contactId = owned("contact");
    filter.state = owned("state");
    if (filter.state && *filter.state != "pending" && *filter.state != "delivered" &&
        *filter.state != "failed") {
        return http::problemResponse(
            context,
            http::invalidParameter(
                "state", "\"" + *filter.state + "\" is not one of pending, delivered, failed"));
    }
    filter.limit = static_cast<std::size_t>(std::get<std::int64_t>(limit));
    nlohmann::json notifications = nlohmann::json::array();
    for (const store::NotificationRecord& record :
         service.monitoring.notificationLog().list(filter)) {
        notifications.push_back(notificationToJson(record, visibilityFor(caller)));
    }
    return http::jsonResponse(http::Status::ok, {{"notifications", notifications}});
}

}  // namespace

void addOnCallRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    router.add(
        http::Verb::get, kContactsPath,
        auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto& caller) {
            return getContacts(context, service, caller);
        }));
    router.add(http::Verb::put, kContactsPath,
               service.audit.route(store::Role::Operator, "contacts.replace",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return putContacts(context, service, caller);
                                   }));
    router.add(http::Verb::get, kPoliciesPath,
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return getPolicies(context, service);
               }));
    router.add(http::Verb::put, kPoliciesPath,
               service.audit.route(store::Role::Operator, "escalation_policies.replace",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return putPolicies(context, service);
                                   }));
    router.add(http::Verb::get, std::string(kPoliciesPath) + "/{id}/dry-run",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return dryRun(context, service);
               }));
    router.add(
        http::Verb::get, "/api/v1/notifications",
        auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto& caller) {
            return listNotifications(context, service, caller);
        }));
}

}  // namespace recops::service
