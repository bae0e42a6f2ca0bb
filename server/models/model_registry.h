// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "models/artifact_manifest.h"
#include "models/drift_profile.h"
#include "store/registry_store.h"

#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace recops::engine {
class ModelBundle;
class Retriever;
}  // namespace recops::engine

namespace recops::models {

/// A freshly trained version, before it has a number.
struct TrainedVersion {
    const engine::ModelBundle& bundle;
    /// The serving index built over the bundle's embeddings, saved with it when it persists.
    const engine::Retriever* retriever = nullptr;
    /// metrics.json: the offline evaluation.
    nlohmann::json metrics;
    /// drift_baseline.json: the training window's distributions.
    std::optional<DriftProfile> driftProfile;
    TrainingData data;
    std::string label;
    std::string createdBy;
};

/// A registered version's files, checked against its manifest.
struct VerifiedVersion {
    store::ModelVersionRecord record;
    std::filesystem::path directory;
    ArtifactManifest manifest;
};

/// A version that cannot be served: missing, tampered with, or unreadable.
class VersionLoadError : public std::runtime_error {
public:
    explicit VersionLoadError(const std::string& message) : std::runtime_error(message) {}
};

/**
 * The model registry: metadata in a RegistryStore, artifacts in one immutable directory per
 * version, `<root>/<model>/<version>/`, holding the engine's files, metrics.json and
 * manifest.json.
 *
 * A version becomes visible only when it is complete and on stable storage: it is written
 * and flushed in a staging directory beside its final place, then renamed into place inside
 * the transaction that gives it its number. A crash before the commit leaves a staging or
 * unregistered directory, which the next registration of that number replaces.
 */
class ModelRegistry {
public:
    ModelRegistry(store::RegistryStore& store, std::filesystem::path root);

    /// Writes, flushes and registers @p trained as the next version of @p model.
    store::ModelVersionRecord add(std::string_view model, const TrainedVersion& trained);

    /// Checks the version's manifest against the digest the registry holds and every file
    /// against the manifest. Throws VersionLoadError with the reason.
    VerifiedVersion verify(std::string_view model, int version) const;

    std::filesystem::path directory(std::string_view model, int version) const;
    /// manifest.json and metrics.json of a version, as stored (no verification).
    nlohmann::json readManifest(std::string_view model, int version) const;
    nlohmann::json readMetrics(std::string_view model, int version) const;
    /// drift_baseline.json of a version (verified with the rest by verify()); nothing when the
    /// version has none.
    std::optional<DriftProfile> readDriftProfile(std::string_view model, int version) const;

    /// Deletes a version's artifact directory (after its registry entry was deleted).
    void removeArtifacts(std::string_view model, int version) const;

    store::RegistryStore& store() const { return m_store; }
    const std::filesystem::path& root() const { return m_root; }

private:
    store::RegistryStore& m_store;
    std::filesystem::path m_root;
};

}  // namespace recops::models
