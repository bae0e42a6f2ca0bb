// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/event_routes.h"

#include "common/timestamp.h"
#include "http/responses.h"
#include "http/router.h"
#include "metrics/registry.h"
#include "models/drift_monitor.h"
#include "models/live_model.h"
#include "models/rollout_monitor.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/event_batch_reader.h"
#include "service/monitoring_plane.h"
#include "service/recommendation_service.h"
#include "service/service_context.h"
#include "store/storage.h"

#include <algorithm>
#include <chrono>
#include <variant>

namespace recops::service {
namespace {

std::int64_t nowMs() {
    return common::toUnixMilliseconds(std::chrono::system_clock::now());
}

struct IngestMetrics {
    explicit IngestMetrics(metrics::Registry& registry)
        : accepted(registry.counter("events_ingested_total",
                                    "Events stored durably by POST /api/v1/events."))
        , duplicates(
              registry.counter("events_duplicate_total",
                               "Events skipped because their idempotency key was already stored."))
        , rejectedBatches(registry.counter("event_batches_rejected_total",
                                           "Event batches refused as invalid (nothing stored).")) {}
    metrics::Counter& accepted;
    metrics::Counter& duplicates;
    metrics::Counter& rejectedBatches;
};

/// Engagement (clicks and stronger) is what a rollout's click-through counts.
bool isEngagement(std::string_view type) {
    return type == "click" || type == "like" || type == "complete" || type == "purchase";
}

/// Credits each engagement event to the rollout arm that serves its user.
void creditRollout(const ServiceContext& service, std::span<const store::EventRecord> events) {
    const auto state = service.liveModel.acquireState();
    if (!state->candidate) {
        return;
    }
    std::uint64_t production = 0;
    std::uint64_t candidate = 0;
    for (const store::EventRecord& event : events) {
        if (isEngagement(event.type)) {
            ++(state->versionFor(event.userId).second == models::RolloutArm::Candidate
                   ? candidate
                   : production);
        }
    }
    service.rollouts->recordEngagement(models::RolloutArm::Production, production);
    service.rollouts->recordEngagement(models::RolloutArm::Candidate, candidate);
}

http::Response ingest(const http::RequestContext& context, const ServiceContext& service,
                      IngestMetrics& metrics) {
    const EventBatchReader reader(
        EventBatchLimits{service.limits.maxBatchEvents, service.limits.maxFutureSkewMs});
    auto batch =
        reader.read(context.header(http::Field::content_type), context.request.body(), nowMs());
    if (const auto* problem = std::get_if<http::Problem>(&batch)) {
        metrics.rejectedBatches.increment();
        return http::problemResponse(context, *problem);
    }
    const auto& events = std::get<std::vector<store::EventRecord>>(batch);
    service.monitoring.delayStoreOperation();
    const store::AppendOutcome outcome = service.storage.events().append(events);
    metrics.accepted.increment(outcome.accepted);
    metrics.duplicates.increment(outcome.duplicates);

    // The users' next recommendations must reflect these events.
    std::vector<std::string_view> users;
    users.reserve(events.size());
    for (const store::EventRecord& event : events) {
        users.push_back(event.userId);
    }
    std::sort(users.begin(), users.end());
    users.erase(std::unique(users.begin(), users.end()), users.end());
    service.recommendations.invalidateUsers(users);
    creditRollout(service, events);
    service.drift->observeEvents(events);

    return http::jsonResponse(http::Status::accepted,
                              {{"accepted", outcome.accepted}, {"duplicates", outcome.duplicates}});
}

nlohmann::json eventToJson(const store::EventRecord& event) {
    nlohmann::json json{
        {"item_id", event.itemId},
        {"type", event.type},
        {"value", event.value},
        {"timestamp", common::formatTimestamp(common::fromUnixMilliseconds(event.occurredAtMs))}};
    if (!event.idempotencyKey.empty()) {
        json["idempotency_key"] = event.idempotencyKey;
    }
    return json;
}

http::Response exportUser(const http::RequestContext& context, const ServiceContext& service) {
    const std::string_view user = context.parameter("id");
    nlohmann::json events = nlohmann::json::array();
    for (const store::EventRecord& event : service.storage.events().userEvents(user)) {
        events.push_back(eventToJson(event));
    }
    nlohmann::json body{{"user_id", user},
                        {"exported_at", common::formatTimestamp(std::chrono::system_clock::now())},
                        {"events", std::move(events)},
                        // Models keep no per-user state (a user is folded in from their events at
                        // request time), so the events are everything recopsd holds about a user.
                        {"derived_data", "none: models hold no per-user parameters"}};
    http::Response response = http::jsonResponse(http::Status::ok, body);
    response.set(http::Field::cache_control, "no-store");
    return response;
}

http::Response eraseUser(const http::RequestContext& context, const ServiceContext& service) {
    const std::string_view user = context.parameter("id");
    const std::uint64_t deleted = service.storage.events().eraseUser(user);
    const std::string_view users[] = {user};
    service.recommendations.invalidateUsers(users);
    return http::jsonResponse(http::Status::ok, {{"user_id", user}, {"events_deleted", deleted}});
}

}  // namespace

void addEventRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    auto metrics = std::make_shared<IngestMetrics>(service.metrics);
    router.add(http::Verb::post, "/api/v1/events",
               auth.requireRole(store::Role::Client,
                                [&service, metrics](const auto& context, const auto&) {
                                    return ingest(context, service, *metrics);
                                }));
    router.add(http::Verb::get, "/api/v1/users/{id}/export",
               service.audit.route(store::Role::Admin, "user.export",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return exportUser(context, service);
                                   }));
    router.add(http::Verb::delete_, "/api/v1/users/{id}",
               service.audit.route(store::Role::Admin, "user.erase",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return eraseUser(context, service);
                                   }));
}

}  // namespace recops::service
