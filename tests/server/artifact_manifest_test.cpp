// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/artifact_manifest.h"

#include "server/support/temporary_directory.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::models {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// SHA-256 of "abc" and of the empty string.
constexpr std::string_view kAbcSha256 =
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr std::string_view kEmptySha256 =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

class ArtifactManifestTest : public ::testing::Test {
protected:
    ArtifactManifestTest() {
        fs::create_directories(m_directory / "model");
        m_directory.write("model.json", "abc");
        m_directory.write("model/weights.bin", std::string(10'000, '\x7f'));
        m_directory.write("metrics.json", "");
        m_manifest.model = "default";
        m_manifest.version = 3;
        m_manifest.algorithm = "ease:lambda=250,dropout=0";
        m_manifest.parameters = {{"lambda", "250"}, {"dropout", "0"}};
        m_manifest.label = "nightly";
        m_manifest.data = TrainingData{std::nullopt, 1'700'000'000'000, 1, 2, 3, 4, 5, 6};
        m_manifest.eventWeights = "view=1,click=2";
        m_manifest.createdAt = "2026-03-01T12:00:00.000Z";
        m_manifest.createdBy = "recopsd train";
        m_manifest.hashFiles(m_directory.path(),
                             {"model.json", "model/weights.bin", "metrics.json"});
    }

    /// Changes one byte of @p name in place (same size).
    void flipByte(const std::string& name, std::streamoff offset) {
        std::fstream file(m_directory / name, std::ios::in | std::ios::out | std::ios::binary);
        file.seekg(offset);
        char byte = 0;
        file.get(byte);
        file.seekp(offset);
        file.put(static_cast<char>(byte ^ 0x01));
    }

    nlohmann::json withFilePath(const std::string& path) const {
        nlohmann::json json = m_manifest.toJson();
        json["files"][0]["path"] = path;
        return json;
    }

    std::string refusal(const nlohmann::json& json) const {
        try {
            ArtifactManifest::fromJson(json);
        } catch (const ManifestError& error) {
            return error.what();
        }
        ADD_FAILURE() << "accepted " << json.dump();
        return {};
    }

    recops::testing::TemporaryDirectory m_directory;
    ArtifactManifest m_manifest;
};

TEST_F(ArtifactManifestTest, HashesEveryListedFile) {
    ASSERT_EQ(m_manifest.files.size(), 3u);
    EXPECT_EQ(m_manifest.files[0].path, "model.json");
    EXPECT_EQ(m_manifest.files[0].sha256, kAbcSha256);
    EXPECT_EQ(m_manifest.files[0].bytes, 3u);
    EXPECT_EQ(m_manifest.files[1].path, "model/weights.bin");
    EXPECT_EQ(m_manifest.files[1].bytes, 10'000u);
    EXPECT_EQ(m_manifest.files[2].sha256, kEmptySha256);
    EXPECT_EQ(m_manifest.files[2].bytes, 0u);
}

TEST_F(ArtifactManifestTest, RoundTripsThroughJson) {
    const nlohmann::json json = m_manifest.toJson();
    EXPECT_EQ(json["format"], "recops-model-version");
    EXPECT_EQ(json["format_version"], ArtifactManifest::kFormatVersion);
    EXPECT_TRUE(json["data"]["window_from_ms"].is_null());
    const ArtifactManifest back = ArtifactManifest::fromJson(nlohmann::json::parse(json.dump()));
    EXPECT_EQ(back.toJson(), json);
    EXPECT_EQ(back.model, "default");
    EXPECT_EQ(back.version, 3);
    EXPECT_EQ(back.algorithm, "ease:lambda=250,dropout=0");
    EXPECT_EQ(back.parameters["lambda"], "250");
    EXPECT_EQ(back.label, "nightly");
    EXPECT_FALSE(back.data.windowFromMs);
    EXPECT_EQ(back.data.windowToMs, 1'700'000'000'000);
    EXPECT_EQ(back.data.interactions, 6u);
    EXPECT_EQ(back.eventWeights, "view=1,click=2");
    EXPECT_EQ(back.createdBy, "recopsd train");
    ASSERT_EQ(back.files.size(), 3u);
    EXPECT_EQ(back.files[1].sha256, m_manifest.files[1].sha256);
}

TEST_F(ArtifactManifestTest, UntouchedFilesVerify) {
    EXPECT_EQ(m_manifest.verify(m_directory.path()), std::nullopt);
}

TEST_F(ArtifactManifestTest, VerifyDetectsAFlippedByte) {
    flipByte("model/weights.bin", 5'000);
    EXPECT_EQ(m_manifest.verify(m_directory.path()),
              "model/weights.bin: SHA-256 does not match the manifest");
}

TEST_F(ArtifactManifestTest, VerifyDetectsASizeChange) {
    m_directory.write("model.json", "abcd");
    EXPECT_EQ(m_manifest.verify(m_directory.path()), "model.json: 4 bytes, the manifest says 3");
}

TEST_F(ArtifactManifestTest, VerifyDetectsAMissingFile) {
    fs::remove(m_directory / "metrics.json");
    const auto problem = m_manifest.verify(m_directory.path());
    ASSERT_TRUE(problem);
    EXPECT_THAT(*problem, HasSubstr("metrics.json: missing ("));
}

TEST_F(ArtifactManifestTest, APathLeavingTheVersionDirectoryIsRefused) {
    for (const std::string path :
         {"../other/model.json", "model/../../secret", "/etc/passwd", ".."}) {
        EXPECT_EQ(refusal(withFilePath(path)),
                  "manifest.json: file path \"" + path + "\" leaves the version directory")
            << path;
    }
}

TEST_F(ArtifactManifestTest, MissingAndMistypedFieldsAreNamed) {
    nlohmann::json json = m_manifest.toJson();
    json.erase("label");
    EXPECT_EQ(refusal(json), "manifest.json: the manifest lacks \"label\"");

    json = m_manifest.toJson();
    json["version"] = "3";
    EXPECT_EQ(refusal(json), "manifest.json: \"version\" in the manifest has the wrong type");

    json = m_manifest.toJson();
    json["data"].erase("events");
    EXPECT_EQ(refusal(json), "manifest.json: data lacks \"events\"");

    json = m_manifest.toJson();
    json["files"][1].erase("sha256");
    EXPECT_EQ(refusal(json), "manifest.json: a file entry lacks \"sha256\"");

    json = m_manifest.toJson();
    json["files"][1]["sha256"] = std::string(64, 'A');
    EXPECT_EQ(refusal(json),
              "manifest.json: \"model/weights.bin\" has a malformed SHA-256 (64 "
              "lowercase hex digits expected)");

    EXPECT_EQ(refusal(nlohmann::json::array()), "manifest.json: the manifest lacks \"format\"");
}

TEST_F(ArtifactManifestTest, AnotherFormatOrFormatVersionIsRefused) {
    nlohmann::json json = m_manifest.toJson();
    json["format"] = "mlflow";
    EXPECT_EQ(refusal(json), "manifest.json: \"format\" is not recops-model-version");
    json = m_manifest.toJson();
    json["format_version"] = 2;
    EXPECT_EQ(refusal(json), "manifest.json: format_version 2 is not supported (expected 1)");
}

}  // namespace
}  // namespace recops::models
