// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/trainer_routes.h"

#include "common/resource_name.h"
#include "common/timestamp.h"
#include "engine/engine_error.h"
#include "http/json_body.h"
#include "http/query_parameters.h"
#include "http/responses.h"
#include "http/router.h"
#include "models/live_model.h"
#include "models/retrain_scheduler.h"
#include "models/training_jobs.h"
#include "service/audit_trail.h"
#include "service/authenticator.h"
#include "service/input_rules.h"
#include "service/service_context.h"

#include <chrono>
#include <variant>

namespace recops::service {
namespace {

constexpr std::string_view kTrainerPath = "/api/v1/trainer";

http::Problem invalid(std::string detail) {
    return http::Problem{http::ProblemType::InvalidRequest, std::move(detail)};
}

std::string timeOf(std::int64_t milliseconds) {
    return common::formatTimestamp(common::fromUnixMilliseconds(milliseconds));
}

nlohmann::json jobToJson(const store::TrainingJobRecord& job) {
    const auto parsed = [](const std::string& text) {
        auto json = nlohmann::json::parse(text, nullptr, false);
        return json.is_discarded() ? nlohmann::json(nullptr) : json;
    };
    return {{"id", job.id},
            {"model", job.model},
            {"status", job.status},
            {"trigger", job.trigger},
            {"requested_by", job.requestedBy},
            {"request", parsed(job.requestJson)},
            {"result", parsed(job.resultJson)},
            {"error", job.error.empty() ? nlohmann::json(nullptr) : nlohmann::json(job.error)},
            {"created_at", timeOf(job.createdAtMs)},
            {"started_at", job.startedAtMs ? nlohmann::json(timeOf(*job.startedAtMs)) : nullptr},
            {"finished_at", job.finishedAtMs ? nlohmann::json(timeOf(*job.finishedAtMs)) : nullptr},
            {"status_url", std::string(kTrainerPath) + "/jobs/" + job.id}};
}

/// {"model", "algorithm", "params", "window", "version_label", "dry_run", "stage"}.
std::variant<models::TrainingJobRequest, http::Problem> readRun(const nlohmann::json& body,
                                                                const ServiceContext& service) {
    if (!body.is_object()) {
        return invalid(
            "expected a JSON object such as {\"algorithm\": \"ease\", \"params\": "
            "{\"lambda\": 250}}");
    }
    models::TrainingJobRequest request;
    models::TrainingRequest& training = request.training;
    training.model = service.liveModel.modelName();
    for (const auto& [member, value] : body.items()) {
        if (member == "model") {
            if (!value.is_string() || !common::isValidResourceName(value.get<std::string>())) {
                return invalid("model must be a model name (1-64 characters a-z, 0-9, - and _)");
            }
            training.model = value.get<std::string>();
        } else if (member == "algorithm") {
            if (!value.is_string()) {
                return invalid("algorithm must be a string such as \"ease\" or \"als:factors=64\"");
            }
            training.algorithm = value.get<std::string>();
        } else if (member == "params") {
            if (!value.is_object()) {
                return invalid("params must be an object such as {\"factors\": 64}");
            }
            for (const auto& [key, parameter] : value.items()) {
                if (parameter.is_string()) {
                    training.parameters.emplace_back(key, parameter.get<std::string>());
                } else if (parameter.is_number() || parameter.is_boolean()) {
                    training.parameters.emplace_back(key, parameter.dump());
                } else {
                    return invalid("params." + key + " must be a number, a string or a boolean");
                }
            }
        } else if (member == "window") {
            if (!value.is_object()) {
                return invalid("window must be an object {\"from\", \"to\"} or {\"last_days\"}");
            }
            for (const auto& [key, bound] : value.items()) {
                if (key == "last_days") {
                    if (!bound.is_number() || bound.get<double>() <= 0) {
                        return invalid("window.last_days must be a positive number");
                    }
                    const auto now = common::toUnixMilliseconds(std::chrono::system_clock::now());
                    training.window.fromMs =
                        now - static_cast<std::int64_t>(bound.get<double>() * 86'400'000.0);
                } else if (key == "from" || key == "to") {
                    const auto parsed = timestampFromJson(bound);
                    if (const auto* problem = std::get_if<std::string>(&parsed)) {
                        return invalid("window." + key + " " + *problem);
                    }
                    (key == "from" ? training.window.fromMs : training.window.toMs) =
                        std::get<std::int64_t>(parsed);
                } else {
                    return invalid("unknown member window." + key +
                                   " (known: from, to, last_days)");
                }
            }
            if (training.window.fromMs >= training.window.toMs) {
                return invalid("window.from must be before window.to");
            }
        } else if (member == "version_label") {
            if (!value.is_string() || value.get_ref<const std::string&>().size() > 500) {
                return invalid("version_label must be a string of at most 500 bytes");
            }
            training.label = value.get<std::string>();
        } else if (member == "dry_run") {
            if (!value.is_boolean()) {
                return invalid("dry_run must be true or false");
            }
            training.dryRun = value.get<bool>();
        } else if (member == "stage") {
            const auto stage =
                value.is_string() ? store::parseStage(value.get<std::string>()) : std::nullopt;
            if (!stage ||
                (*stage != store::ModelStage::Staging && *stage != store::ModelStage::Production)) {
                return invalid(
                    "stage must be Staging or Production (the version goes through "
                    "the gates); leave it out to register the version in None");
            }
            request.promoteTo = stage;
        } else {
            return invalid("unknown member \"" + member +
                           "\" (known: model, algorithm, params, window, version_label, "
                           "dry_run, stage)");
        }
    }
    return request;
}

http::Response run(const http::RequestContext& context, const ServiceContext& service,
                   const Principal& caller) {
    auto body = http::parseJsonBody(context);
    if (const auto* problem = std::get_if<http::Problem>(&body)) {
        return http::problemResponse(context, *problem);
    }
    auto request = readRun(std::get<nlohmann::json>(body), service);
    if (const auto* problem = std::get_if<http::Problem>(&request)) {
        return http::problemResponse(context, *problem);
    }
    // The version it registers names who asked for it, as the job does.
    std::string requester = caller.name.empty() ? caller.tokenId : caller.name;
    auto& jobRequest = std::get<models::TrainingJobRequest>(request);
    jobRequest.training.createdBy = requester;
    std::variant<store::TrainingJobRecord, models::SubmitRefusal> submitted;
    try {
        submitted = service.trainer.submit(std::move(jobRequest), std::move(requester));
    } catch (const engine::EngineError& error) {
        return http::problemResponse(context, invalid(error.what()));
    } catch (const models::TrainingRequestError& error) {
        return http::problemResponse(context, invalid(error.what()));
    }
    if (const auto* refusal = std::get_if<models::SubmitRefusal>(&submitted)) {
        return http::problemResponse(context,
                                     http::Problem{http::ProblemType::Conflict, refusal->detail});
    }
    const auto& job = std::get<store::TrainingJobRecord>(submitted);
    http::Response response = http::jsonResponse(http::Status::accepted, jobToJson(job));
    response.set(http::Field::location, std::string(kTrainerPath) + "/jobs/" + job.id);
    return response;
}

http::Response status(const ServiceContext& service) {
    const models::TrainerStatus status = service.trainer.status();
    nlohmann::json body = nlohmann::json::object();
    if (status.running) {
        const models::RunningJob& running = *status.running;
        nlohmann::json current = jobToJson(running.record);
        current["phase"] = running.phase;
        current["detail"] = running.detail;
        current["progress_percent"] = running.fraction * 100.0;
        current["eta_seconds"] = running.remainingSeconds
                                     ? nlohmann::json(*running.remainingSeconds)
                                     : nlohmann::json(nullptr);
        body["running"] = std::move(current);
    } else {
        body["running"] = nullptr;
    }
    nlohmann::json queued = nlohmann::json::array();
    for (const auto& job : status.queued) {
        queued.push_back(jobToJson(job));
    }
    body["queued"] = std::move(queued);
    if (service.scheduler != nullptr) {
        body["schedule"] = {{"model", service.liveModel.modelName()},
                            {"expression", service.scheduler->expression()},
                            {"next_run", common::formatTimestamp(service.scheduler->nextRun())}};
    } else {
        body["schedule"] = nullptr;
    }
    return http::jsonResponse(http::Status::ok, body);
}

http::Response history(const http::RequestContext& context, const ServiceContext& service) {
    auto parameters = http::QueryParameters::parse(context.query);
    if (const auto* problem = std::get_if<http::Problem>(&parameters)) {
        return http::problemResponse(context, *problem);
    }
    const auto& query = std::get<http::QueryParameters>(parameters);
    if (auto problem = query.rejectUnknown({"model", "limit"})) {
        return http::problemResponse(context, *problem);
    }
    const auto limit = query.integer("limit", 50, 1, 1000);
    if (const auto* problem = std::get_if<http::Problem>(&limit)) {
        return http::problemResponse(context, *problem);
    }
    nlohmann::json jobs = nlohmann::json::array();
    for (const auto& job :
         service.trainer.history(query.find("model").value_or(""),
                                 static_cast<std::size_t>(std::get<std::int64_t>(limit)))) {
        jobs.push_back(jobToJson(job));
    }
    return http::jsonResponse(http::Status::ok, {{"jobs", std::move(jobs)}});
}

http::Response getJob(const http::RequestContext& context, const ServiceContext& service) {
    const auto job = service.trainer.find(context.parameter("job"));
    if (!job) {
        return http::problemResponse(
            context,
            http::Problem{http::ProblemType::NotFound,
                          "no training job has id " + std::string(context.parameter("job"))});
    }
    return http::jsonResponse(http::Status::ok, jobToJson(*job));
}

http::Response cancel(const http::RequestContext& context, const ServiceContext& service) {
    const std::string_view id = context.parameter("job");
    switch (service.trainer.cancel(id)) {
        case models::CancelOutcome::Cancelled:
            return http::jsonResponse(http::Status::ok, {{"id", id}, {"status", "cancelled"}});
        case models::CancelOutcome::CancelRequested:
            return http::jsonResponse(http::Status::accepted,
                                      {{"id", id}, {"status", "cancelling"}});
        case models::CancelOutcome::AlreadyFinished:
            return http::problemResponse(context, http::Problem{http::ProblemType::Conflict,
                                                                "training job " + std::string(id) +
                                                                    " has already finished"});
        case models::CancelOutcome::NotFound:
            break;
    }
    return http::problemResponse(
        context,
        http::Problem{http::ProblemType::NotFound, "no training job has id " + std::string(id)});
}

}  // namespace

void addTrainerRoutes(http::Router& router, const ServiceContext& service) {
    const Authenticator& auth = service.authenticator;
    const std::string trainer(kTrainerPath);
    router.add(http::Verb::post, trainer + "/run",
               service.audit.route(store::Role::Operator, "training.run",
                                   [&service](const auto& context, const auto& caller, auto&) {
                                       return run(context, service, caller);
                                   }));
    router.add(http::Verb::get, trainer + "/status",
               auth.requireRole(store::Role::Viewer,
                                [&service](const auto&, const auto&) { return status(service); }));
    router.add(http::Verb::get, trainer + "/history",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return history(context, service);
               }));
    router.add(http::Verb::get, trainer + "/jobs/{job}",
               auth.requireRole(store::Role::Viewer, [&service](const auto& context, const auto&) {
                   return getJob(context, service);
               }));
    router.add(http::Verb::post, trainer + "/{job}/cancel",
               service.audit.route(store::Role::Operator, "training.cancel",
                                   [&service](const auto& context, const auto&, auto&) {
                                       return cancel(context, service);
                                   }));
}

}  // namespace recops::service
