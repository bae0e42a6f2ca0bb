// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/model_stage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace recops::store {

/// A registered model: a name under which versions are numbered from 1.
struct RegisteredModelRecord {
    std::string name;
    std::int64_t createdAtMs = 0;
    int latestVersion = 0;
    /// The version in Production, if any (there is never more than one).
    std::optional<int> productionVersion;
};

/// What a training run hands the registry for a new version.
struct NewModelVersion {
    std::string model;
    /// The algorithm with every parameter spelled out ("ease:lambda=250,...").
    std::string algorithm;
    std::string label;
    /// metrics.json as text, kept in the database for listings and promotion gates.
    std::string metricsJson;
    std::string createdBy;
};

/// One version of a registered model.
struct ModelVersionRecord {
    std::string model;
    int version = 0;
    ModelStage stage = ModelStage::None;
    std::string algorithm;
    std::string label;
    /// SHA-256 of manifest.json, hex: the manifest holds the digest of every artifact file.
    std::string manifestSha256;
    std::string metricsJson;
    std::int64_t createdAtMs = 0;
    std::string createdBy;
    std::int64_t stageChangedAtMs = 0;
    /// Whether the version was ever in Production (such versions are archived, never deleted).
    bool everProduction = false;
    std::vector<std::string> aliases;
};

/// A canary rollout: a share of users served by a candidate version beside Production.
struct RolloutRecord {
    std::string model;
    int candidateVersion = 0;
    /// Share of users, in percent (0-100), that the candidate serves.
    double percent = 0.0;
    std::int64_t startedAtMs = 0;
    std::string startedBy;
};

/// What a history entry records.
enum class RegistryChangeKind { Registered, Stage, AliasSet, AliasRemoved, Deleted };

/// One entry of a model's history: a registration, stage transition or alias change.
struct RegistryChange {
    std::int64_t id = 0;
    std::string model;
    int version = 0;
    RegistryChangeKind kind = RegistryChangeKind::Stage;
    std::optional<ModelStage> fromStage;
    std::optional<ModelStage> toStage;
    std::string alias;
    std::string actor;
    std::string comment;
    /// The promotion gates' results as JSON text ("[]" when none ran).
    std::string gatesJson = "[]";
    bool forced = false;
    std::int64_t atMs = 0;
};

}  // namespace recops::store
