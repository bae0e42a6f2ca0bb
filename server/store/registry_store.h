// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/model_version_record.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::store {

/// A stage change, and the state its caller decided it on.
struct StageChangeRequest {
    std::string model;
    int version = 0;
    ModelStage toStage = ModelStage::Staging;
    /**
     * For a change to Production: the Production version the caller compared against (its
     * gates, its confirmation), or nothing when it saw none. The change is refused with
     * Conflict when Production is another version by the time it commits, so that of concurrent
     * promotions exactly one wins and none is applied on a comparison that no longer holds.
     */
    std::optional<int> expectedProduction;
    std::string actor;
    std::string comment;
    std::string gatesJson = "[]";
    bool forced = false;
};

enum class StageChangeOutcome { Applied, NotFound, Conflict, Unchanged };

struct StageChangeResult {
    StageChangeOutcome outcome = StageChangeOutcome::NotFound;
    /// Applied: the version after the change.
    std::optional<ModelVersionRecord> version;
    /// Applied, to Production: the version that was in Production and is now Archived.
    std::optional<int> archivedProduction;
    /// Conflict: what Production is now.
    std::optional<int> currentProduction;
};

enum class AliasOutcome { Set, Unchanged, VersionNotFound };

/**
 * The model registry's metadata: registered models, their numbered versions with stage and
 * aliases, and the history of every change. The artifacts themselves live in a directory per
 * version (see service::ModelRegistry); this store names them by model and version.
 *
 * Every change is one transaction, and at most one version per model is in Production at any
 * time, enforced by the database itself.
 */
class RegistryStore {
public:
    virtual ~RegistryStore() = default;

    /**
     * Registers the next version of @p version.model (creating the model if needed). Inside
     * the transaction that assigns the number, @p placeArtifacts(number) moves the version's
     * artifacts into place and returns the SHA-256 (hex) of its manifest; if it throws,
     * nothing is registered.
     */
    virtual ModelVersionRecord registerVersion(
        const NewModelVersion& version, const std::function<std::string(int)>& placeArtifacts) = 0;

    virtual std::vector<RegisteredModelRecord> models() = 0;
    /// Every version of @p model, newest first.
    virtual std::vector<ModelVersionRecord> versions(std::string_view model) = 0;
    virtual std::optional<ModelVersionRecord> version(std::string_view model, int version) = 0;
    virtual std::optional<ModelVersionRecord> production(std::string_view model) = 0;

    /// Moves a version to another stage; moving one to Production archives the previous one.
    virtual StageChangeResult changeStage(const StageChangeRequest& request) = 0;

    virtual AliasOutcome setAlias(std::string_view model, std::string_view alias, int version,
                                  std::string_view actor, std::string_view comment) = 0;
    /// False when the model has no such alias.
    virtual bool removeAlias(std::string_view model, std::string_view alias, std::string_view actor,
                             std::string_view comment) = 0;
    /// The version an alias points to.
    virtual std::optional<int> resolveAlias(std::string_view model, std::string_view alias) = 0;

    /// The newest @p limit changes of @p model, newest first.
    virtual std::vector<RegistryChange> history(std::string_view model, std::size_t limit) = 0;

    /// The model's canary rollout, if one runs.
    virtual std::optional<RolloutRecord> rollout(std::string_view model) = 0;
    /// Starts or changes the model's rollout; false when the candidate version does not exist.
    virtual bool setRollout(const RolloutRecord& rollout) = 0;
    /// Ends the model's rollout; false when none ran.
    virtual bool clearRollout(std::string_view model) = 0;

    /**
     * Deletes a version's registry entry, recording why. Refused (false) for a version that is
     * or ever was in Production, or is in Staging: those are archived, never deleted silently.
     */
    virtual bool deleteVersion(std::string_view model, int version, std::string_view actor,
                               std::string_view reason) = 0;
};

}  // namespace recops::store
