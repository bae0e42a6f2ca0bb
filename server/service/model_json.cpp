// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/model_json.h"

#include "common/timestamp.h"

#include <array>

namespace recops::service {
namespace {

std::string timeOf(std::int64_t milliseconds) {
    return common::formatTimestamp(common::fromUnixMilliseconds(milliseconds));
}

constexpr std::array<std::string_view, 5> kChangeKinds{"registered", "stage", "alias_set",
                                                       "alias_removed", "deleted"};

}  // namespace

nlohmann::json modelToJson(const store::RegisteredModelRecord& model) {
    return {
        {"name", model.name},
        {"created_at", timeOf(model.createdAtMs)},
        {"latest_version", model.latestVersion},
        {"production_version", model.productionVersion ? nlohmann::json(*model.productionVersion)
                                                       : nlohmann::json(nullptr)}};
}

nlohmann::json versionToJson(const store::ModelVersionRecord& version) {
    auto metrics = nlohmann::json::parse(version.metricsJson, nullptr, false);
    nlohmann::json headline = nlohmann::json::object();
    if (metrics.is_object() && metrics.contains("overall")) {
        headline = metrics["overall"];
    }
    return {{"model", version.model},
            {"version", version.version},
            {"stage", store::stageName(version.stage)},
            {"aliases", version.aliases},
            {"algorithm", version.algorithm},
            {"label", version.label},
            {"created_at", timeOf(version.createdAtMs)},
            {"created_by", version.createdBy},
            {"stage_changed_at", timeOf(version.stageChangedAtMs)},
            {"ever_production", version.everProduction},
            {"manifest_sha256", version.manifestSha256},
            {"metrics", std::move(headline)}};
}

nlohmann::json changeToJson(const store::RegistryChange& change) {
    auto gates = nlohmann::json::parse(change.gatesJson, nullptr, false);
    const auto stage = [](const std::optional<store::ModelStage>& value) {
        return value ? nlohmann::json(store::stageName(*value)) : nlohmann::json(nullptr);
    };
    return {
        {"id", change.id},
        {"version", change.version},
        {"kind", kChangeKinds[static_cast<std::size_t>(change.kind)]},
        {"from", stage(change.fromStage)},
        {"to", stage(change.toStage)},
        {"alias", change.alias.empty() ? nlohmann::json(nullptr) : nlohmann::json(change.alias)},
        {"actor", change.actor},
        {"comment", change.comment},
        {"gates", gates.is_discarded() ? nlohmann::json::array() : gates},
        {"forced", change.forced},
        {"at", timeOf(change.atMs)}};
}

}  // namespace recops::service
