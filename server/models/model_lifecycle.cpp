// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/model_lifecycle.h"

#include <algorithm>

namespace recops::models {
namespace {

using store::ModelStage;

nlohmann::json parsedMetrics(const store::ModelVersionRecord& record) {
    auto metrics = nlohmann::json::parse(record.metricsJson, nullptr, false);
    return metrics.is_discarded() ? nlohmann::json::object() : metrics;
}

TransitionOutcome refused(TransitionStatus status, std::string detail) {
    TransitionOutcome outcome;
    outcome.status = status;
    outcome.detail = std::move(detail);
    return outcome;
}

/// Applies @p change and turns the store's answer into an outcome.
TransitionOutcome apply(store::RegistryStore& store, const store::StageChangeRequest& change,
                        GateReport gates) {
    const store::StageChangeResult result = store.changeStage(change);
    TransitionOutcome outcome;
    outcome.gates = std::move(gates);
    switch (result.outcome) {
        case store::StageChangeOutcome::Applied:
            outcome.status = TransitionStatus::Applied;
            break;
        case store::StageChangeOutcome::Unchanged:
            outcome.status = TransitionStatus::Unchanged;
            break;
        case store::StageChangeOutcome::NotFound:
            outcome.status = TransitionStatus::NotFound;
            outcome.detail =
                "model " + change.model + " has no version " + std::to_string(change.version);
            break;
        case store::StageChangeOutcome::Conflict:
            outcome.status = TransitionStatus::Conflict;
            outcome.detail =
                "Production changed while this transition was decided (it is now " +
                (result.currentProduction ? "version " + std::to_string(*result.currentProduction)
                                          : std::string("empty")) +
                "); read the model again and retry";
            break;
    }
    outcome.version = result.version;
    outcome.archivedProduction = result.archivedProduction;
    outcome.currentProduction = result.currentProduction;
    return outcome;
}

}  // namespace

ModelLifecycle::ModelLifecycle(ModelRegistry& registry, GateSettings gates,
                               std::size_t keepVersions)
    : m_registry(registry)
    , m_gates(gates)
    , m_keepVersions(std::max<std::size_t>(keepVersions, 1)) {}

TransitionOutcome ModelLifecycle::transition(const TransitionRequest& request) {
    store::RegistryStore& store = m_registry.store();
    const auto version = store.version(request.model, request.version);
    if (!version) {
        return refused(TransitionStatus::NotFound, "model " + request.model + " has no version " +
                                                       std::to_string(request.version));
    }
    if (version->stage == request.toStage) {
        TransitionOutcome outcome;
        outcome.status = TransitionStatus::Unchanged;
        outcome.version = version;
        outcome.detail = "version " + std::to_string(request.version) + " is already in " +
                         std::string(store::stageName(request.toStage));
        return outcome;
    }
    if (request.force && (!request.actorIsAdmin || request.comment.empty())) {
        return refused(TransitionStatus::NotAllowed,
                       request.actorIsAdmin
                           ? "a forced transition needs a comment saying why"
                           : "a forced transition needs the admin role (and a comment)");
    }
    if (version->stage == ModelStage::Production && !request.force) {
        return refused(TransitionStatus::NotAllowed,
                       "moving the Production version out of Production leaves the model "
                       "without one; promote another version, roll back, or force it");
    }

    const auto production = store.production(request.model);
    std::optional<nlohmann::json> productionMetrics;
    if (production && production->version != request.version) {
        productionMetrics = parsedMetrics(*production);
    }
    GateReport gates =
        m_gates.evaluate(request.toStage, parsedMetrics(*version), productionMetrics);
    if (request.dryRun) {
        TransitionOutcome outcome;
        outcome.status = TransitionStatus::Evaluated;
        outcome.gates = std::move(gates);
        outcome.version = version;
        return outcome;
    }
    if (!gates.passed() && !request.force) {
        TransitionOutcome outcome = refused(
            TransitionStatus::GatesFailed,
            "the " + std::string(store::stageName(request.toStage)) + " gates refused version " +
                std::to_string(request.version) + "; an admin may force it with a comment");
        outcome.gates = std::move(gates);
        return outcome;
    }

    store::StageChangeRequest change;
    change.model = request.model;
    change.version = request.version;
    change.toStage = request.toStage;
    change.expectedProduction =
        production ? std::optional<int>(production->version) : std::optional<int>();
    change.actor = request.actor;
    change.comment = request.comment;
    change.gatesJson = gates.toJson().dump();
    // Forced when the force overrode something: failing gates, or the rule that keeps a
    // version in Production until another replaces it.
    change.forced = request.force && (!gates.passed() || version->stage == ModelStage::Production);
    return apply(store, change, std::move(gates));
}

TransitionOutcome ModelLifecycle::rollback(std::string_view model, std::string_view actor,
                                           std::string_view comment) {
    store::RegistryStore& store = m_registry.store();
    const auto production = store.production(model);
    if (!production) {
        return refused(TransitionStatus::NotFound,
                       "model " + std::string(model) + " has no Production version to roll back");
    }
    // The previous Production is the newest version that left Production, other than the
    // current one, and still exists.
    std::optional<int> previous;
    for (const store::RegistryChange& change : store.history(model, 10'000)) {
        if (change.kind == store::RegistryChangeKind::Stage &&
            change.fromStage == ModelStage::Production && change.version != production->version &&
            store.version(model, change.version)) {
            previous = change.version;
            break;
        }
    }
    if (!previous) {
        return refused(TransitionStatus::NotFound,
                       "model " + std::string(model) + " has had no other Production version");
    }
    GateReport gates;
    gates.results.push_back(GateResult{"rollback", true, 0.0, 0.0,
                                       "gates skipped: back to version " +
                                           std::to_string(*previous) +
                                           ", which served in Production before"});
    store::StageChangeRequest change;
    change.model = std::string(model);
    change.version = *previous;
    change.toStage = ModelStage::Production;
    change.expectedProduction = production->version;
    change.actor = std::string(actor);
    change.comment = comment.empty()
                         ? "rollback from version " + std::to_string(production->version)
                         : "rollback from version " + std::to_string(production->version) + ": " +
                               std::string(comment);
    change.gatesJson = gates.toJson().dump();
    return apply(store, change, std::move(gates));
}

RetentionReport ModelLifecycle::applyRetention(std::string_view model, std::string_view actor) {
    RetentionReport report;
    store::RegistryStore& store = m_registry.store();
    const auto versions = store.versions(model);  // newest first
    for (std::size_t index = m_keepVersions; index < versions.size(); ++index) {
        const store::ModelVersionRecord& version = versions[index];
        if (version.stage == ModelStage::Production || version.stage == ModelStage::Staging) {
            continue;
        }
        if (version.everProduction) {
            // Already Archived when it left Production; kept for rollbacks and audits.
            continue;
        }
        const std::string reason =
            "retention: beyond the newest " + std::to_string(m_keepVersions) + " versions";
        if (store.deleteVersion(model, version.version, actor, reason)) {
            m_registry.removeArtifacts(model, version.version);
            report.deleted.push_back(version.version);
        }
    }
    return report;
}

}  // namespace recops::models
