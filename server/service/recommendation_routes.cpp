// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/recommendation_routes.h"

#include "engine/engine_error.h"
#include "engine/ranking_weights.h"
#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "metrics/registry.h"
#include "models/live_model.h"
#include "models/rollout_monitor.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/recommendation_service.h"
#include "service/service_context.h"

#include <array>
#include <chrono>
#include <variant>

namespace recops::service {
namespace {

constexpr std::string_view kModelVersionHeader = "X-Model-Version";
constexpr std::size_t kMaxExcluded = 1000;
constexpr std::size_t kMaxIdBytes = 256;

/// recommend_requests_total{status} and recommend_latency_seconds, kept per outcome so that
/// counting takes no lock.
class RecommendMetrics {
public:
    explicit RecommendMetrics(metrics::Registry& registry)
        : m_latency(registry
                        .histogramFamily(
                            "recommend_latency_seconds", "Time to answer a recommendation request.",
                            {},
                            {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0})
                        .withLabels({})) {
        auto& requests = registry.counterFamily(
            "recommend_requests_total", "Recommendation requests, by HTTP status.", {"status"});
        for (std::size_t index = 0; index < kStatuses.size(); ++index) {
            m_requests[index] = &requests.withLabels({kStatuses[index]});
        }
    }

    void record(http::Status status, std::chrono::steady_clock::time_point started) {
        const auto code = static_cast<unsigned>(status);
        const std::size_t index = code == 200 ? 0 : code == 400 ? 1 : code == 404 ? 2 : 3;
        m_requests[index]->increment();
        m_latency.observe(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }

private:
    static constexpr std::array<std::string_view, 4> kStatuses{"200", "400", "404", "503"};
    std::array<metrics::Counter*, 4> m_requests{};
    metrics::Histogram& m_latency;
};

http::Problem invalid(std::string detail) {
    return http::Problem{http::ProblemType::InvalidRequest, std::move(detail)};
}

http::Response answerResponse(const http::RequestContext& context, RecommendAnswer answer) {
    switch (answer.outcome) {
        case RecommendAnswer::Outcome::NoModel:
            return http::problemResponse(
                context, http::Problem{http::ProblemType::NotReady,
                                       "no model is loaded yet: train one and promote it to "
                                       "Production (recopsd train --stage production)"});
        case RecommendAnswer::Outcome::UnknownItem:
            return http::problemResponse(context,
                                         http::Problem{http::ProblemType::NotFound,
                                                       "the serving model does not know item " +
                                                           std::string(context.parameter("id"))});
        case RecommendAnswer::Outcome::Served:
            break;
    }
    http::Response response =
        http::textResponse(http::Status::ok, std::move(answer.body), "application/json");
    response.set(kModelVersionHeader, answer.modelTag);
    return response;
}

/// The request's parameters; @p userId comes from the path for the short form.
std::variant<RecommendQuery, http::Problem> readQuery(const http::QueryParameters& parameters,
                                                      std::string_view pathUser,
                                                      std::size_t maxCount,
                                                      std::vector<std::string>& exclude) {
    RecommendQuery query;
    if (pathUser.empty()) {
        if (auto problem =
                parameters.rejectUnknown({"user_id", "k", "explain", "exclude", "exclude_seen"})) {
            return *problem;
        }
        const auto user = parameters.requiredText("user_id", kMaxIdBytes);
        if (const auto* problem = std::get_if<http::Problem>(&user)) {
            return *problem;
        }
        query.userId = std::get<std::string_view>(user);
    } else {
        if (auto problem = parameters.rejectUnknown({"k", "explain", "exclude", "exclude_seen"})) {
            return *problem;
        }
        if (pathUser.size() > kMaxIdBytes) {
            return invalid("the user id is longer than " + std::to_string(kMaxIdBytes) + " bytes");
        }
        query.userId = pathUser;
    }
    const auto count = parameters.integer("k", 10, 1, static_cast<std::int64_t>(maxCount));
    if (const auto* problem = std::get_if<http::Problem>(&count)) {
        return *problem;
    }
    query.count = static_cast<std::size_t>(std::get<std::int64_t>(count));
    const auto explain = parameters.boolean("explain", false);
    if (const auto* problem = std::get_if<http::Problem>(&explain)) {
        return *problem;
    }
    query.explain = std::get<bool>(explain);
    const auto excludeSeen = parameters.boolean("exclude_seen", true);
    if (const auto* problem = std::get_if<http::Problem>(&excludeSeen)) {
        return *problem;
    }
    query.excludeSeen = std::get<bool>(excludeSeen);
    // exclude=a,b and exclude=a&exclude=b both work.
    for (const std::string_view value : parameters.all("exclude")) {
        std::size_t start = 0;
        while (start <= value.size()) {
            const auto comma = value.find(',', start);
            const std::string_view item = value.substr(start, comma - start);
            if (!item.empty()) {
                exclude.emplace_back(item);
            }
            if (comma == std::string_view::npos) {
                break;
            }
            start = comma + 1;
        }
    }
    if (exclude.size() > kMaxExcluded) {
        return invalid("exclude lists more than " + std::to_string(kMaxExcluded) + " items");
    }
    query.exclude = exclude;
    return query;
}

http::Response recommend(const http::RequestContext& context, const ServiceContext& service,
                         RecommendMetrics& metrics, std::string_view pathUser) {
    const auto started = std::chrono::steady_clock::now();
    const auto respond = [&](http::Response response) {
        metrics.record(response.result(), started);
        return response;
    };
    auto parameters = http::QueryParameters::parse(context.query);
    if (const auto* problem = std::get_if<http::Problem>(&parameters)) {
        return respond(http::problemResponse(context, *problem));
    }
    thread_local std::vector<std::string> exclude;
    exclude.clear();
    const auto query = readQuery(std::get<http::QueryParameters>(parameters), pathUser,
                                 service.limits.maxRecommendations, exclude);
    if (const auto* problem = std::get_if<http::Problem>(&query)) {
        return respond(http::problemResponse(context, *problem));
    }
    RecommendAnswer answer = service.recommendations.recommend(std::get<RecommendQuery>(query));
    const models::RolloutArm arm = answer.arm;
    const bool rolloutActive = answer.rolloutActive;
    http::Response response = respond(answerResponse(context, std::move(answer)));
    if (rolloutActive) {
        service.rollouts->recordRequest(
            arm, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
            response.result_int() >= 500);
    }
    return response;
}

http::Response similar(const http::RequestContext& context, const ServiceContext& service) {
    auto parameters = http::QueryParameters::parse(context.query);
    if (const auto* problem = std::get_if<http::Problem>(&parameters)) {
        return http::problemResponse(context, *problem);
    }
    const auto& query = std::get<http::QueryParameters>(parameters);
    if (auto problem = query.rejectUnknown({"k"})) {
        return http::problemResponse(context, *problem);
    }
    const auto count =
        query.integer("k", 10, 1, static_cast<std::int64_t>(service.limits.maxRecommendations));
    if (const auto* problem = std::get_if<http::Problem>(&count)) {
        return http::problemResponse(context, *problem);
    }
    return answerResponse(context, service.recommendations.similarItems(
                                       context.parameter("id"),
                                       static_cast<std::size_t>(std::get<std::int64_t>(count))));
}

http::Response rankingWeights(const ServiceContext& service) {
    return http::jsonResponse(http::Status::ok,
                              service.liveModel.options().ranker->weights()->toJson());
}

http::Response setRankingWeights(const http::RequestContext& context,
                                 const ServiceContext& service) {
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    const auto& json = std::get<nlohmann::json>(body);
    if (!json.is_object()) {
        return http::problemResponse(
            context, invalid("expected a JSON object such as {\"model\": 1, \"popularity\": 0.1}"));
    }
    engine::RankingWeights weights;
    try {
        // Keys left out keep their current value, so a client can change one weight.
        nlohmann::json merged = service.liveModel.options().ranker->weights()->toJson();
        for (const auto& [key, value] : json.items()) {
            merged[key] = value;
        }
        weights = engine::RankingWeights::fromJson(merged);
    } catch (const engine::SpecError& error) {
        return http::problemResponse(context, invalid(error.what()));
    }
    service.liveModel.options().ranker->setWeights(weights);
    // Every cached answer was ranked with the old weights.
    service.recommendations.invalidateAll();
    return http::jsonResponse(http::Status::ok, weights.toJson());
}

}  // namespace

void addRecommendationRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    auto metrics = std::make_shared<RecommendMetrics>(service.metrics);
    router.add(http::Verb::get, "/api/v1/recommend",
               auth.requireRole(store::Role::Client,
                                [&service, metrics](const auto& context, const auto&) {
                                    return recommend(context, service, *metrics, {});
                                }));
    router.add(http::Verb::get, "/recommend/{user}",
               auth.requireRole(store::Role::Client,
                                [&service, metrics](const auto& context, const auto&) {
                                    const std::string_view user = context.parameter("user");
                                    return recommend(context, service, *metrics, user);
                                }));
    router.add(http::Verb::get, "/api/v1/items/{id}/similar",
               auth.requireRole(store::Role::Client, [&service](const auto& context, const auto&) {
                   return similar(context, service);
               }));
    router.add(http::Verb::get, "/api/v1/config/ranking-weights",
               auth.requireRole(store::Role::Viewer, [&service](const auto&, const auto&) {
                   return rankingWeights(service);
               }));
    router.add(http::Verb::put, "/api/v1/config/ranking-weights",
               service.audit.route(store::Role::Operator, "ranking_weights.update",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return setRankingWeights(context, service);
                                   }));
}

}  // namespace recops::service
