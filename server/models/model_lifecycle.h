// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "models/model_registry.h"
#include "models/promotion_gates.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace recops::models {

/// A stage change asked for by a person or a job.
struct TransitionRequest {
    std::string model;
    int version = 0;
    store::ModelStage toStage = store::ModelStage::Staging;
    std::string comment;
    /// Skip failing gates; needs an admin and a comment.
    bool force = false;
    std::string actor;
    bool actorIsAdmin = false;
    /// Only evaluate: report what the gates say, change nothing.
    bool dryRun = false;
};

enum class TransitionStatus {
    Applied,
    /// Dry run: the gates were evaluated, nothing changed.
    Evaluated,
    Unchanged,
    NotFound,
    /// The move itself is refused (force without admin or comment, leaving no Production).
    NotAllowed,
    GatesFailed,
    /// Production changed between reading it and applying the change.
    Conflict,
};

struct TransitionOutcome {
    TransitionStatus status = TransitionStatus::NotFound;
    GateReport gates;
    std::optional<store::ModelVersionRecord> version;
    /// The version this change took out of Production, if any.
    std::optional<int> archivedProduction;
    /// Conflict: Production now.
    std::optional<int> currentProduction;
    /// Why, in words, when the change did not apply.
    std::string detail;
};

/// What retention removed after a registration.
struct RetentionReport {
    std::vector<int> deleted;
};

/**
 * The rules of the model lifecycle over the registry: which stage changes are allowed, the
 * promotion gates in front of Staging and Production, forced changes (admin, with a comment,
 * recorded as forced), rollback to the previous Production, and retention.
 *
 * Every change goes through RegistryStore::changeStage with the Production version the gates
 * were evaluated against, so of concurrent promotions exactly one applies and the others get
 * Conflict, and none is applied on a comparison that no longer holds.
 */
class ModelLifecycle {
public:
    ModelLifecycle(ModelRegistry& registry, GateSettings gates, std::size_t keepVersions);

    TransitionOutcome transition(const TransitionRequest& request);

    /// Back to the version that was in Production before the current one; the gates are
    /// skipped (it served before) and the history says it was a rollback.
    TransitionOutcome rollback(std::string_view model, std::string_view actor,
                               std::string_view comment);

    /// Keeps the newest keepVersions versions of @p model: older ones are deleted with their
    /// artifacts, except the Production and Staging versions and every version that was ever
    /// in Production (archived when it left, and kept for rollbacks and audits).
    RetentionReport applyRetention(std::string_view model, std::string_view actor);

    const PromotionGates& gates() const { return m_gates; }
    ModelRegistry& registry() { return m_registry; }

private:
    ModelRegistry& m_registry;
    PromotionGates m_gates;
    std::size_t m_keepVersions;
};

}  // namespace recops::models
