// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/model_registry.h"

#include "common/digest.h"
#include "common/hex.h"
#include "engine/model_bundle.h"
#include "engine_test_data.h"
#include "server/support/migrated_database.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::models {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class ModelRegistryTest : public ::testing::Test {
protected:
    store::ModelVersionRecord addVersion(const std::string& label = "a label") {
        TrainingData data;
        data.events = 5;
        data.users = 3;
        data.items = 3;
        data.interactions = 5;
        return m_registry.add("default",
                              TrainedVersion{m_bundle, nullptr, nlohmann::json{{"ndcg@10", 0.5}},
                                             std::nullopt, data, label, "tester"});
    }

    /// Reads and writes back a version's file with one byte changed.
    void flipByte(const fs::path& file) {
        std::string bytes = engine::testing::readFileBytes(file);
        ASSERT_FALSE(bytes.empty());
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
        engine::testing::writeFileBytes(file, bytes);
    }

    std::string verifyFailure(int version) {
        try {
            m_registry.verify("default", version);
        } catch (const VersionLoadError& error) {
            return error.what();
        }
        ADD_FAILURE() << "version " << version << " verified";
        return {};
    }

    store::testing::MigratedDatabase m_database;
    fs::path m_root = m_database.directory / "models";
    ModelRegistry m_registry{m_database.storage.registry(), m_root};
    engine::ModelBundle m_bundle =
        engine::ModelBundle::train(engine::testing::denseDataset({{1, 1, 0}, {0, 1, 1}, {1, 0, 1}}),
                                   "popularity", engine::EventWeights{});
};

TEST_F(ModelRegistryTest, AddWritesOneDirectoryPerVersionAndRegistersIt) {
    const store::ModelVersionRecord first = addVersion("first");
    const store::ModelVersionRecord second = addVersion("second");
    EXPECT_EQ(first.version, 1);
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(first.stage, store::ModelStage::None);
    EXPECT_EQ(first.label, "first");
    EXPECT_EQ(first.createdBy, "tester");
    EXPECT_EQ(first.algorithm, m_bundle.model().spec());
    EXPECT_EQ(m_registry.directory("default", 2), m_root / "default" / "2");
    for (const char* file : {"manifest.json", "metrics.json", "model.json", "items.bin"}) {
        EXPECT_TRUE(fs::is_regular_file(m_root / "default" / "1" / file)) << file;
    }
    // Nothing of the staging directories is left beside the versions.
    std::vector<std::string> entries;
    for (const auto& entry : fs::directory_iterator(m_root / "default")) {
        entries.push_back(entry.path().filename().string());
    }
    std::sort(entries.begin(), entries.end());
    EXPECT_EQ(entries, (std::vector<std::string>{"1", "2"}));
}

TEST_F(ModelRegistryTest, TheManifestDescribesTheVersionAndItsDigestIsRegistered) {
    const store::ModelVersionRecord version = addVersion();
    const fs::path manifestFile = m_root / "default" / "1" / "manifest.json";
    const std::string text = engine::testing::readFileBytes(manifestFile);
    EXPECT_EQ(version.manifestSha256, common::toHex(common::sha256(text)));

    const ArtifactManifest manifest =
        ArtifactManifest::fromJson(m_registry.readManifest("default", 1));
    EXPECT_EQ(manifest.model, "default");
    EXPECT_EQ(manifest.version, 1);
    EXPECT_EQ(manifest.algorithm, m_bundle.model().spec());
    EXPECT_EQ(manifest.label, "a label");
    EXPECT_EQ(manifest.createdBy, "tester");
    EXPECT_EQ(manifest.data.interactions, 5u);
    EXPECT_EQ(manifest.eventWeights, engine::EventWeights{}.toSpec());
    std::vector<std::string> paths;
    for (const ManifestFile& file : manifest.files) {
        paths.push_back(file.path);
    }
    EXPECT_THAT(paths, ::testing::Contains("metrics.json"));
    EXPECT_THAT(paths, ::testing::Contains("model.json"));
    EXPECT_THAT(paths, ::testing::Not(::testing::Contains("manifest.json")));
    EXPECT_EQ(m_registry.readMetrics("default", 1), (nlohmann::json{{"ndcg@10", 0.5}}));
}

TEST_F(ModelRegistryTest, AnIntactVersionVerifies) {
    addVersion();
    const VerifiedVersion verified = m_registry.verify("default", 1);
    EXPECT_EQ(verified.record.version, 1);
    EXPECT_EQ(verified.directory, m_root / "default" / "1");
    EXPECT_EQ(verified.manifest.version, 1);
    EXPECT_FALSE(verified.manifest.files.empty());
}

TEST_F(ModelRegistryTest, AChangedArtifactFailsVerification) {
    addVersion();
    flipByte(m_root / "default" / "1" / "items.bin");
    EXPECT_THAT(verifyFailure(1), HasSubstr("items.bin: SHA-256 does not match the manifest"));
}

TEST_F(ModelRegistryTest, AManifestRewrittenToMatchAChangedArtifactFailsThroughTheRegistry) {
    addVersion();
    const fs::path directory = m_root / "default" / "1";
    flipByte(directory / "items.bin");
    // Someone updates the manifest's digest for the changed file: the manifest is consistent
    // with the files again, but no longer the one the registry recorded.
    ArtifactManifest manifest = ArtifactManifest::fromJson(m_registry.readManifest("default", 1));
    for (ManifestFile& file : manifest.files) {
        if (file.path == "items.bin") {
            file.sha256 = common::toHex(common::sha256OfFile(directory / "items.bin"));
        }
    }
    ASSERT_EQ(manifest.verify(directory), std::nullopt);
    std::ofstream(directory / "manifest.json", std::ios::trunc) << manifest.toJson().dump(2);
    EXPECT_EQ(verifyFailure(1), (directory / "manifest.json").string() +
                                    ": SHA-256 does not match the registry's record");
}

TEST_F(ModelRegistryTest, AMissingVersionOrManifestFailsVerification) {
    EXPECT_EQ(verifyFailure(1), "model default has no version 1");
    addVersion();
    fs::remove(m_root / "default" / "1" / "manifest.json");
    EXPECT_THAT(verifyFailure(1), HasSubstr("cannot read"));
}

TEST_F(ModelRegistryTest, AnInvalidModelNameIsRefusedBeforeAnythingIsWritten) {
    TrainingData data;
    EXPECT_THROW(
        m_registry.add("../escape", TrainedVersion{m_bundle, nullptr, nlohmann::json::object(),
                                                   std::nullopt, data, "", "tester"}),
        std::invalid_argument);
    EXPECT_FALSE(fs::exists(m_database.directory / "escape"));
    EXPECT_TRUE(m_database.storage.registry().models().empty());
}

TEST_F(ModelRegistryTest, RemoveArtifactsDeletesTheVersionDirectory) {
    addVersion();
    addVersion();
    m_registry.removeArtifacts("default", 1);
    EXPECT_FALSE(fs::exists(m_root / "default" / "1"));
    EXPECT_TRUE(fs::exists(m_root / "default" / "2"));
}

}  // namespace
}  // namespace recops::models
