// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/model_registry.h"

#include "common/digest.h"
#include "common/durable_file.h"
#include "common/hex.h"
#include "common/random.h"
#include "common/resource_name.h"
#include "common/timestamp.h"
#include "engine/component_spec.h"
#include "engine/model_bundle.h"

#include <chrono>
#include <fstream>
#include <sstream>

namespace recops::models {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kManifestFile = "manifest.json";
constexpr std::string_view kMetricsFile = "metrics.json";
constexpr std::string_view kDriftBaselineFile = "drift_baseline.json";

std::string readWholeFile(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw VersionLoadError("cannot read " + path.string());
    }
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

nlohmann::json parseJsonFile(const fs::path& path) {
    const std::string content = readWholeFile(path);
    auto json = nlohmann::json::parse(content, nullptr, false);
    if (json.is_discarded()) {
        throw VersionLoadError(path.string() + " is not valid JSON");
    }
    return json;
}

nlohmann::json parametersOf(std::string_view spec) {
    nlohmann::json parameters = nlohmann::json::object();
    const engine::ComponentSpec parsed = engine::ComponentSpec::parse(spec, "algorithm");
    for (const auto& [key, value] : parsed.entries()) {
        parameters[key] = value;
    }
    return parameters;
}

}  // namespace

ModelRegistry::ModelRegistry(store::RegistryStore& store, fs::path root)
    : m_store(store), m_root(std::move(root)) {}

fs::path ModelRegistry::directory(std::string_view model, int version) const {
    return m_root / std::string(model) / std::to_string(version);
}

store::ModelVersionRecord ModelRegistry::add(std::string_view model,
                                             const TrainedVersion& trained) {
    if (!common::isValidResourceName(model)) {
        throw std::invalid_argument("invalid model name \"" + std::string(model) +
                                    "\": use 1-64 characters a-z, 0-9, - and _");
    }
    const fs::path modelDirectory = m_root / std::string(model);
    fs::create_directories(modelDirectory);
    const fs::path staging = modelDirectory / (".staging-" + common::secureRandomHex(8));
    struct StagingCleanup {
        const fs::path& path;
        ~StagingCleanup() {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    } cleanup{staging};

    std::vector<fs::path> files = trained.bundle.save(staging, trained.retriever);
    common::writeFileDurably(staging / kMetricsFile, trained.metrics.dump(2) + "\n");
    files.emplace_back(kMetricsFile);
    if (trained.driftProfile) {
        common::writeFileDurably(staging / kDriftBaselineFile,
                                 trained.driftProfile->toJson().dump() + "\n");
        files.emplace_back(kDriftBaselineFile);
    }

    ArtifactManifest manifest;
    manifest.model = std::string(model);
    manifest.algorithm = trained.bundle.model().spec();
    manifest.parameters = parametersOf(manifest.algorithm);
    manifest.label = trained.label;
    manifest.data = trained.data;
    manifest.eventWeights = trained.bundle.eventWeights().toSpec();
    manifest.createdAt = common::formatTimestamp(std::chrono::system_clock::now());
    manifest.createdBy = trained.createdBy;
    manifest.hashFiles(staging, files);

    const store::NewModelVersion registration{std::string(model), manifest.algorithm, trained.label,
                                              trained.metrics.dump(), trained.createdBy};
    // The manifest names the version number, which exists only inside the registering
    // transaction: the manifest is written, flushed and hashed there, just before the rename.
    return m_store.registerVersion(registration, [&](int number) {
        manifest.version = number;
        const std::string manifestText = manifest.toJson().dump(2) + "\n";
        common::writeFileDurably(staging / kManifestFile, manifestText);
        common::syncTree(staging);
        const fs::path target = directory(model, number);
        std::error_code ignored;
        // Left by a registration that crashed before its commit: this number was never given.
        fs::remove_all(target, ignored);
        fs::rename(staging, target);
        common::syncDirectory(modelDirectory);
        return common::toHex(common::sha256(manifestText));
    });
}

VerifiedVersion ModelRegistry::verify(std::string_view model, int version) const {
    const auto record = m_store.version(model, version);
    if (!record) {
        throw VersionLoadError("model " + std::string(model) + " has no version " +
                               std::to_string(version));
    }
    const fs::path versionDirectory = directory(model, version);
    const fs::path manifestPath = versionDirectory / kManifestFile;
    const std::string manifestText = readWholeFile(manifestPath);
    if (common::toHex(common::sha256(manifestText)) != record->manifestSha256) {
        throw VersionLoadError(manifestPath.string() +
                               ": SHA-256 does not match the registry's record");
    }
    const auto json = nlohmann::json::parse(manifestText, nullptr, false);
    if (json.is_discarded()) {
        throw VersionLoadError(manifestPath.string() + " is not valid JSON");
    }
    ArtifactManifest manifest;
    try {
        manifest = ArtifactManifest::fromJson(json);
    } catch (const ManifestError& error) {
        throw VersionLoadError(versionDirectory.string() + "/" + error.what());
    }
    if (const auto problem = manifest.verify(versionDirectory)) {
        throw VersionLoadError(versionDirectory.string() + "/" + *problem);
    }
    return VerifiedVersion{*record, versionDirectory, std::move(manifest)};
}

nlohmann::json ModelRegistry::readManifest(std::string_view model, int version) const {
    return parseJsonFile(directory(model, version) / kManifestFile);
}

nlohmann::json ModelRegistry::readMetrics(std::string_view model, int version) const {
    return parseJsonFile(directory(model, version) / kMetricsFile);
}

std::optional<DriftProfile> ModelRegistry::readDriftProfile(std::string_view model,
                                                            int version) const {
    const fs::path path = directory(model, version) / kDriftBaselineFile;
    if (!fs::exists(path)) {
        return std::nullopt;
    }
    try {
        return DriftProfile::fromJson(parseJsonFile(path));
    } catch (const std::exception& error) {
        throw VersionLoadError(path.string() + ": " + error.what());
    }
}

void ModelRegistry::removeArtifacts(std::string_view model, int version) const {
    fs::remove_all(directory(model, version));
}

}  // namespace recops::models
