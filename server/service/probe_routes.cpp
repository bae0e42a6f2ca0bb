// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/probe_routes.h"

#include "common/timestamp.h"
#include "common/version.h"
#include "drills/fault_injector.h"
#include "http/responses.h"
#include "http/router.h"
#include "metrics/exposition_writer.h"
#include "metrics/registry.h"
#include "models/live_model.h"
#include "service/authenticator.h"
#include "service/fault_json.h"
#include "service/monitoring_plane.h"
#include "service/readiness.h"
#include "service/service_context.h"
#include "service/serving_model.h"
#include "store/storage.h"

#include <algorithm>

namespace recops::service {
namespace {

nlohmann::json modelToJson(const std::optional<ModelDescription>& model) {
    if (!model) {
        return nullptr;
    }
    return {{"name", model->name},
            {"version", model->version},
            {"algorithm", model->algorithm},
            {"loaded_at", common::formatTimestamp(model->loadedAt)}};
}

nlohmann::json storeToJson(const store::StoreHealth& health) {
    nlohmann::json store{{"backend", health.backend},
                         {"status", health.available ? "ok" : "unavailable"},
                         {"schema_version", health.schemaVersion}};
    if (!health.available) {
        store["error"] = health.error;
    }
    return store;
}

/// The last version that could not be served, and why; null when the last load succeeded.
nlohmann::json loadFailureToJson(const std::optional<models::LoadFailure>& failure) {
    if (!failure) {
        return nullptr;
    }
    return {{"model", failure->model},
            {"version", failure->version},
            {"reason", failure->reason},
            {"at", common::formatTimestamp(failure->at)}};
}

http::Response health(const ServiceContext& service) {
    const store::StoreHealth store = service.storage.health();
    const double uptimeSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - service.startedAt).count();
    const auto now = std::chrono::system_clock::now();
    nlohmann::json faults = nlohmann::json::array();
    for (const drills::Fault& fault : service.monitoring.faults().list()) {
        faults.push_back(faultToJson(fault, now));
    }
    return http::jsonResponse(
        http::Status::ok,
        {{"status", store.available ? "healthy" : "degraded"},
         {"version", common::kVersion},
         {"uptime_seconds", uptimeSeconds},
         {"model", modelToJson(service.servingModel.describe())},
         {"model_load_failure", loadFailureToJson(service.liveModel.lastFailure())},
         {"store", storeToJson(store)},
         {"faults", faults}});
}

http::Response readiness(const http::RequestContext& context, const ServiceContext& service) {
    const std::vector<std::string> reasons =
        notReadyReasons(service.storage, service.servingModel, service.monitoring.faults());
    if (reasons.empty()) {
        return http::jsonResponse(http::Status::ok, {{"status", "ready"}});
    }
    std::string detail;
    for (const std::string& reason : reasons) {
        detail += detail.empty() ? reason : "; " + reason;
    }
    return http::problemResponse(context, http::Problem{http::ProblemType::NotReady, detail});
}

/// @p handler as is when @p path is an open endpoint, behind a viewer token otherwise.
http::Handler probe(const ServiceContext& service, std::string_view path, http::Handler handler) {
    const auto& open = service.openEndpoints;
    if (std::find(open.begin(), open.end(), path) != open.end()) {
        return handler;
    }
    return service.authenticator.requireRole(
        store::Role::Viewer,
        [handler = std::move(handler)](const http::RequestContext& context, const Principal&) {
            return handler(context);
        });
}

void addProbe(http::Router& router, const ServiceContext& service, std::string_view path,
              http::Handler handler) {
    router.add(http::Verb::get, path, probe(service, path, std::move(handler)));
}

}  // namespace

void addProbeRoutes(http::Router& router, const ServiceContext& service) {
    addProbe(router, service, "/healthz",
             [&service](const http::RequestContext&) { return health(service); });
    addProbe(router, service, "/readyz", [&service](const http::RequestContext& context) {
        return readiness(context, service);
    });
    addProbe(router, service, "/metrics", [&service](const http::RequestContext&) {
        return http::textResponse(http::Status::ok, service.metrics.expose(),
                                  metrics::ExpositionWriter::kContentType);
    });
}

}  // namespace recops::service
