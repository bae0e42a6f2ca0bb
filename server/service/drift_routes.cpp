// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/drift_routes.h"

#include "common/timestamp.h"
#include "http/responses.h"
#include "http/router.h"
#include "models/drift_monitor.h"
#include "service/authenticator.h"
#include "service/service_context.h"

namespace recops::service {
namespace {

http::Response drift(const ServiceContext& service) {
    const models::DriftReport report = service.drift->report();
    nlohmann::json features = nlohmann::json::array();
    for (const models::FeatureDrift& feature : report.features) {
        nlohmann::json bins = nlohmann::json::array();
        for (std::size_t bin = 0; bin < feature.bins.size(); ++bin) {
            bins.push_back({{"bin", feature.bins[bin]},
                            {"baseline", feature.baseline[bin]},
                            {"live", bin < feature.live.size() ? feature.live[bin] : 0.0}});
        }
        features.push_back({{"feature", models::driftFeatureName(feature.feature)},
                            {"psi", feature.psi ? nlohmann::json(*feature.psi) : nullptr},
                            {"band", feature.band},
                            {"samples", feature.samples},
                            {"bins", std::move(bins)}});
    }
    nlohmann::json body{
        {"model_version", report.modelVersion.empty() ? nlohmann::json(nullptr)
                                                      : nlohmann::json(report.modelVersion)},
        {"window_seconds", static_cast<double>(report.window.count()) / 1000.0},
        {"bands", {{"moderate", 0.2}, {"significant", 0.3}, {"severe", 0.5}}},
        {"features", std::move(features)}};
    body["computed_at"] = report.features.empty()
                              ? nlohmann::json(nullptr)
                              : nlohmann::json(common::formatTimestamp(report.computedAt));
    return http::jsonResponse(http::Status::ok, body);
}

}  // namespace

void addDriftRoutes(http::Router& router, const ServiceContext& service) {
    router.add(
        http::Verb::get, "/api/v1/drift",
        service.authenticator.requireRole(
            store::Role::Viewer, [&service](const auto&, const auto&) { return drift(service); }));
}

}  // namespace recops::service
