// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::models {

/// One artifact file of a version and what it must hash to.
struct ManifestFile {
    std::string path;  ///< relative to the version directory, '/'-separated
    std::string sha256;
    std::uint64_t bytes = 0;
};

/// Where a version's training data came from.
struct TrainingData {
    /// The event window asked for, Unix milliseconds (nothing: unbounded).
    std::optional<std::int64_t> windowFromMs;
    std::optional<std::int64_t> windowToMs;
    /// The times of the first and last event actually read.
    std::int64_t firstEventMs = 0;
    std::int64_t lastEventMs = 0;
    std::uint64_t events = 0;
    std::uint64_t users = 0;
    std::uint64_t items = 0;
    std::uint64_t interactions = 0;
};

/**
 * manifest.json of a registry version: what was trained, on what, by whom, and the SHA-256
 * of every other file in the version directory. The registry stores the manifest's own
 * digest, so a changed artifact and a changed manifest are both detected.
 */
struct ArtifactManifest {
    static constexpr int kFormatVersion = 1;

    std::string model;
    int version = 0;
    /// The algorithm with every parameter spelled out.
    std::string algorithm;
    nlohmann::json parameters = nlohmann::json::object();
    std::string label;
    TrainingData data;
    std::string eventWeights;
    std::string createdAt;  ///< RFC 3339
    std::string createdBy;
    std::vector<ManifestFile> files;

    nlohmann::json toJson() const;
    /// Throws ManifestError naming the field for anything missing or malformed.
    static ArtifactManifest fromJson(const nlohmann::json& json);

    /// Lists and hashes @p relativePaths under @p directory into files.
    void hashFiles(const std::filesystem::path& directory,
                   const std::vector<std::filesystem::path>& relativePaths);

    /// The first problem found checking every listed file of @p directory against its size
    /// and digest ("model/ease_weights.bin: SHA-256 does not match the manifest"), or
    /// nothing when all match.
    std::optional<std::string> verify(const std::filesystem::path& directory) const;
};

/// A manifest that does not parse or lacks a field.
class ManifestError : public std::runtime_error {
public:
    explicit ManifestError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace recops::models
