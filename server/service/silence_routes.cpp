// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/silence_routes.h"

#include "common/timestamp.h"
#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "service/alert_json.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/monitoring_plane.h"
#include "service/service_context.h"

namespace recops::service {
namespace {

using TimePoint = std::chrono::system_clock::time_point;

constexpr std::string_view kSilencesPath = "/api/v1/silences";
/// The longest silence accepted: anything longer is a rule to change, not a silence.
constexpr std::chrono::hours kMaxSilence{24 * 366};

struct SilenceRequest {
    std::vector<alerting::LabelMatcher> matchers;
    TimePoint startsAt;
    TimePoint endsAt;
    std::string comment;
};

/// Reads a silence from @p body. @p forPreview: times and comment are optional.
SilenceRequest readSilence(const nlohmann::json& body, TimePoint now, bool forPreview) {
    const JsonReader reader(body, {});
    reader.expectObject({"matchers", "starts_at", "ends_at", "duration_s", "comment"});
    SilenceRequest request;
    request.matchers = readMatchers(reader, "matchers", true);
    if (request.matchers.empty()) {
        reader.fail("matchers", "a silence needs at least one matcher");
    }
    const bool narrows = std::any_of(request.matchers.begin(), request.matchers.end(),
                                     [](const auto& matcher) { return !matcher.matchesEmpty(); });
    if (!narrows) {
        // As Alertmanager: matchers that all match the empty string would silence everything.
        reader.fail("matchers",
                    "at least one matcher must not match the empty string, or the "
                    "silence would match every alert");
    }
    request.startsAt = reader.optionalTimestamp("starts_at").value_or(now);
    const auto endsAt = reader.optionalTimestamp("ends_at");
    if (endsAt && reader.has("duration_s")) {
        reader.fail("duration_s", "give ends_at or duration_s, not both");
    }
    if (endsAt) {
        request.endsAt = *endsAt;
    } else if (reader.has("duration_s")) {
        request.endsAt =
            request.startsAt + std::chrono::seconds(reader.requiredInteger(
                                   "duration_s", 1, std::chrono::seconds(kMaxSilence).count()));
    } else if (forPreview) {
        request.endsAt = request.startsAt + std::chrono::hours(1);
    } else {
        reader.fail("ends_at", "required (or duration_s)");
    }
    if (request.endsAt <= request.startsAt) {
        reader.fail("ends_at", "must be later than starts_at");
    }
    if (request.endsAt <= now) {
        reader.fail("ends_at", "is in the past: the silence would never apply");
    }
    if (request.endsAt - request.startsAt > kMaxSilence) {
        reader.fail("ends_at", "a silence lasts at most 366 days");
    }
    request.comment = reader.optionalString("comment", {}, 1000);
    if (!forPreview && request.comment.empty()) {
        reader.fail("comment", "required: say why the alerts are silenced");
    }
    return request;
}

std::variant<SilenceRequest, http::Problem> readRequest(const http::RequestContext& context,
                                                        TimePoint now, bool forPreview) {
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return *problem;
    }
    try {
        return readSilence(std::get<nlohmann::json>(body), now, forPreview);
    } catch (const InvalidInput& error) {
        return http::Problem{http::ProblemType::InvalidRequest, error.what()};
    }
}

http::Response notFound(const http::RequestContext& context) {
    return http::problemResponse(
        context, http::Problem{http::ProblemType::NotFound,
                               "no silence has id " + std::string(context.parameter("id"))});
}

http::Response listSilences(const http::RequestContext& context, const ServiceContext& service) {
    auto parsed = http::QueryParameters::parse(context.query, {"state"});
    if (const auto* problem = std::get_if<http::Problem>(&parsed)) {
        return http::problemResponse(context, *problem);
    }
    const auto stateText = std::get<http::QueryParameters>(parsed).find("state");
    const auto state = stateText ? alerting::parseSilenceState(*stateText) : std::nullopt;
    if (stateText && !state) {
        return http::problemResponse(
            context,
            http::invalidParameter("state", "\"" + std::string(*stateText) +
                                                "\" is not one of pending, active, expired"));
    }
    const TimePoint now = std::chrono::system_clock::now();
    nlohmann::json silences = nlohmann::json::array();
    for (const alerting::Silence& silence : service.monitoring.silences().list()) {
        if (!state || silence.stateAt(now) == *state) {
            silences.push_back(silenceToJson(silence, now));
        }
    }
    return http::jsonResponse(http::Status::ok, {{"silences", silences}});
}

http::Response createSilence(const http::RequestContext& context, const ServiceContext& service,
                             const Principal& caller) {
    const TimePoint now = std::chrono::system_clock::now();
    auto request = readRequest(context, now, false);
    if (const auto* problem = std::get_if<http::Problem>(&request)) {
        return http::problemResponse(context, *problem);
    }
    auto& [matchers, startsAt, endsAt, comment] = std::get<SilenceRequest>(request);
    const alerting::Silence silence = service.monitoring.silences().create(
        std::move(matchers), startsAt, endsAt, actorName(caller), std::move(comment), now);
    http::Response response =
        http::jsonResponse(http::Status::created, silenceToJson(silence, now));
    response.set(http::Field::location, std::string(kSilencesPath) + "/" + silence.id);
    return response;
}

http::Response previewSilence(const http::RequestContext& context, const ServiceContext& service) {
    const TimePoint now = std::chrono::system_clock::now();
    auto request = readRequest(context, now, true);
    if (const auto* problem = std::get_if<http::Problem>(&request)) {
        return http::problemResponse(context, *problem);
    }
    const SilenceRequest& silence = std::get<SilenceRequest>(request);
    nlohmann::json alerts = nlohmann::json::array();
    for (const alerting::Alert& alert : service.monitoring.alerts().active()) {
        if (alerting::matchesAll(silence.matchers, alert.labels)) {
            alerts.push_back(
                alertToJson(alert, service.monitoring.silences().silencing(alert.labels, now)));
        }
    }
    nlohmann::json matchers = nlohmann::json::array();
    for (const alerting::LabelMatcher& matcher : silence.matchers) {
        matchers.push_back(matcherToJson(matcher));
    }
    return http::jsonResponse(http::Status::ok, {{"matchers", matchers}, {"alerts", alerts}});
}

http::Response getSilence(const http::RequestContext& context, const ServiceContext& service) {
    const auto silence = service.monitoring.silences().find(context.parameter("id"));
    if (!silence) {
        return notFound(context);
    }
    return http::jsonResponse(http::Status::ok,
                              silenceToJson(*silence, std::chrono::system_clock::now()));
}

http::Response expireSilence(const http::RequestContext& context, const ServiceContext& service) {
    const auto outcome = service.monitoring.silences().expire(context.parameter("id"),
                                                              std::chrono::system_clock::now());
    if (outcome == alerting::ExpireOutcome::NotFound) {
        return notFound(context);
    }
    return http::noContentResponse();
}

}  // namespace

void addSilenceRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    const std::string silencePath = std::string(kSilencesPath) + "/{id}";
    router.add(http::Verb::get, kSilencesPath,
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return listSilences(context, service);
               }));
    router.add(http::Verb::post, kSilencesPath,
               service.audit.route(store::Role::Operator, "silence.create",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return createSilence(context, service, caller);
                                   }));
    router.add(http::Verb::post, std::string(kSilencesPath) + "/preview",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return previewSilence(context, service);
               }));
    router.add(http::Verb::get, silencePath,
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return getSilence(context, service);
               }));
    router.add(http::Verb::delete_, silencePath,
               service.audit.route(store::Role::Operator, "silence.expire",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return expireSilence(context, service);
                                   }));
}

}  // namespace recops::service
