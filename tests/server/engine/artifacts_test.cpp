// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The artifact file format and model bundles: exact round trips, and a precise refusal of
// anything truncated, corrupted or of the wrong kind.
#include "engine/artifact_reader.h"
#include "engine/artifact_writer.h"
#include "engine/engine_error.h"
#include "engine/interaction_dataset_builder.h"
#include "engine/model_bundle.h"
#include "engine/synthetic_data_generator.h"
#include "engine_test_data.h"

#include <algorithm>
#include <cstring>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::engine {
namespace {

using testing::readFileBytes;
using testing::ScratchDirectory;
using testing::writeFileBytes;

/// Expects `action` to throw an ArtifactError whose message contains `fragment`.
template <typename Action>
void expectArtifactError(Action&& action, const std::string& fragment) {
    try {
        action();
        ADD_FAILURE() << "no error; expected one mentioning '" << fragment << "'";
    } catch (const ArtifactError& error) {
        EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
    }
}

TEST(ArtifactFilesTest, RoundTripEveryElementTypeExactly) {
    ScratchDirectory directory;
    ArtifactWriter writer(directory.path());
    const std::vector<float> floats{1.5F, -0.0F, 3.25e-8F, 7.0F, 1e30F, -2.0F};
    writer.writeFloats("f.bin", 2, 3, floats);
    writer.writeUint32("u32.bin", std::vector<std::uint32_t>{0, 4294967295U});
    writer.writeUint64("u64.bin", std::vector<std::uint64_t>{1ULL << 63U});
    writer.writeInt64("i64.bin", std::vector<std::int64_t>{-5, 1'700'000'000});
    writer.writeStrings("s.bin",
                        std::vector<std::string>{"", "caf\xc3\xa9", std::string(300, 'x')});
    writer.writeJson("p.json", {{"lambda", 250}});
    EXPECT_EQ(writer.writtenFiles().size(), 6U);

    const ArtifactReader reader(directory.path());
    const auto read = reader.readFloats("f.bin");
    EXPECT_EQ(read.rows, 2U);
    EXPECT_EQ(read.columns, 3U);
    ASSERT_EQ(read.values.size(), floats.size());
    EXPECT_EQ(std::memcmp(read.values.data(), floats.data(), floats.size() * sizeof(float)), 0);
    EXPECT_EQ(reader.readUint32("u32.bin").values, (std::vector<std::uint32_t>{0, 4294967295U}));
    EXPECT_EQ(reader.readUint64("u64.bin").values, (std::vector<std::uint64_t>{1ULL << 63U}));
    EXPECT_EQ(reader.readInt64("i64.bin").values, (std::vector<std::int64_t>{-5, 1'700'000'000}));
    EXPECT_EQ(reader.readStrings("s.bin"),
              (std::vector<std::string>{"", "caf\xc3\xa9", std::string(300, 'x')}));
    EXPECT_EQ(reader.readJson("p.json")["lambda"], 250);
}

TEST(ArtifactFilesTest, TheHeaderIsLittleEndianAndDocumented) {
    ScratchDirectory directory;
    ArtifactWriter writer(directory.path());
    writer.writeFloats("f.bin", 1, 2, std::vector<float>{1.0F, 2.0F});
    const auto bytes = readFileBytes(directory.path() / "f.bin");
    ASSERT_EQ(bytes.size(), 40U + 8U + 32U);
    EXPECT_EQ(bytes.substr(0, 8), "RECOPSAR");
    EXPECT_EQ(bytes[8], 1);                                  // format version 1, little-endian
    EXPECT_EQ(bytes[12], 1);                                 // float32
    EXPECT_EQ(bytes[16], 1);                                 // one row
    EXPECT_EQ(bytes[24], 2);                                 // two columns
    EXPECT_EQ(bytes[32], 8);                                 // eight payload bytes
    EXPECT_EQ(static_cast<unsigned char>(bytes[43]), 0x3F);  // 1.0f = 0x3F800000, LE
}

TEST(ArtifactFilesTest, RefusesAFlippedByteAnywhere) {
    ScratchDirectory directory;
    ArtifactWriter writer(directory.path());
    writer.writeFloats("f.bin", 4, 4, std::vector<float>(16, 0.5F));
    const auto path = directory.path() / "f.bin";
    const auto original = readFileBytes(path);
    const ArtifactReader reader(directory.path());
    for (const std::size_t offset : {std::size_t{45}, std::size_t{100}, original.size() - 1}) {
        auto corrupted = original;
        corrupted[offset] = static_cast<char>(corrupted[offset] ^ 0x10);
        writeFileBytes(path, corrupted);
        expectArtifactError([&] { reader.readFloats("f.bin"); }, "checksum");
    }
    auto badMagic = original;
    badMagic[0] = 'X';
    writeFileBytes(path, badMagic);
    expectArtifactError([&] { reader.readFloats("f.bin"); }, "bad magic");
    auto badVersion = original;
    badVersion[8] = 9;
    writeFileBytes(path, badVersion);
    expectArtifactError([&] { reader.readFloats("f.bin"); }, "format version 9");
    auto badShape = original;
    badShape[16] = 5;  // 5 x 4 floats cannot fit 64 payload bytes
    writeFileBytes(path, badShape);
    expectArtifactError([&] { reader.readFloats("f.bin"); }, "cannot have 64 payload bytes");
}

TEST(ArtifactFilesTest, RefusesTruncatedFilesAndWrongTypes) {
    ScratchDirectory directory;
    ArtifactWriter writer(directory.path());
    writer.writeFloats("f.bin", 4, 4, std::vector<float>(16, 0.5F));
    const auto path = directory.path() / "f.bin";
    const auto original = readFileBytes(path);
    const ArtifactReader reader(directory.path());
    expectArtifactError([&] { reader.readUint32("f.bin"); }, "holds float32, expected uint32");
    writeFileBytes(path, original.substr(0, original.size() - 1));
    expectArtifactError([&] { reader.readFloats("f.bin"); }, "truncated");
    writeFileBytes(path, original.substr(0, 20));
    expectArtifactError([&] { reader.readFloats("f.bin"); }, "truncated");
    writeFileBytes(path, original + "x");
    expectArtifactError([&] { reader.readFloats("f.bin"); }, "padded");
    expectArtifactError([&] { reader.readFloats("missing.bin"); }, "cannot be read");
    writeFileBytes(directory.path() / "p.json", "{\"a\": ");
    expectArtifactError([&] { reader.readJson("p.json"); }, "not valid JSON");
    expectArtifactError([] { ArtifactReader("/nonexistent/recops"); }, "does not exist");
}

class ModelBundleTest : public ::testing::TestWithParam<std::string> {
protected:
    static const InteractionDataset& data() {
        static const InteractionDataset dataset = [] {
            SyntheticOptions options;
            options.users = 200;
            options.items = 150;
            options.events = 6000;
            InteractionDatasetBuilder builder;
            SyntheticDataGenerator(options).generate(
                [&builder](const InteractionEvent& event) { builder.add(event); });
            return builder.build();
        }();
        return dataset;
    }
};

TEST_P(ModelBundleTest, RoundTripsBitExactlyAndScoresIdentically) {
    const auto bundle = ModelBundle::train(data(), GetParam(), EventWeights{});
    ScratchDirectory directory;
    const auto written = bundle.save(directory.path());
    ASSERT_FALSE(written.empty());
    EXPECT_EQ(written.back(), "model.json");
    EXPECT_EQ(ModelBundle::artifactFiles(directory.path()), written);
    for (const auto& file : written) {
        EXPECT_TRUE(std::filesystem::is_regular_file(directory.path() / file)) << file;
    }

    const auto loaded = ModelBundle::load(directory.path());
    EXPECT_EQ(loaded.model().spec(), bundle.model().spec());
    EXPECT_EQ(loaded.items(), bundle.items());
    EXPECT_EQ(loaded.eventWeights(), bundle.eventWeights());
    EXPECT_EQ(loaded.popularity().scores(), bundle.popularity().scores());
    // Saving the loaded model again gives byte-identical files.
    ScratchDirectory again;
    loaded.save(again.path());
    for (const auto& file : written) {
        if (file.extension() == ".bin") {
            EXPECT_EQ(readFileBytes(directory.path() / file), readFileBytes(again.path() / file))
                << file;
        }
    }
    UserQuery query;
    query.history = {{3, 1.0F}, {17, 2.0F}, {40, 1.0F}};
    UserQuery loadedQuery = query;
    bundle.model().prepare(query);
    loaded.model().prepare(loadedQuery);
    std::vector<float> expected(bundle.model().itemCount());
    std::vector<float> actual(expected.size());
    bundle.model().scoreAll(query, expected);
    loaded.model().scoreAll(loadedQuery, actual);
    EXPECT_EQ(expected, actual);
}

TEST_P(ModelBundleTest, RefusesACorruptOrTruncatedModelFile) {
    const auto bundle = ModelBundle::train(data(), GetParam(), EventWeights{});
    ScratchDirectory directory;
    const auto written = bundle.save(directory.path());
    const auto modelFile = std::find_if(written.begin(), written.end(), [](const auto& file) {
        return file.parent_path() == "model";
    });
    ASSERT_NE(modelFile, written.end());
    const auto path = directory.path() / *modelFile;
    const auto original = readFileBytes(path);
    auto flipped = original;
    flipped[original.size() / 2] = static_cast<char>(flipped[original.size() / 2] ^ 1);
    writeFileBytes(path, flipped);
    expectArtifactError([&] { ModelBundle::load(directory.path()); }, "checksum");
    writeFileBytes(path, original.substr(0, original.size() - 7));
    expectArtifactError([&] { ModelBundle::load(directory.path()); }, "truncated");
    std::filesystem::remove(path);
    expectArtifactError([&] { ModelBundle::load(directory.path()); }, "cannot be read");
}

INSTANTIATE_TEST_SUITE_P(EveryModel, ModelBundleTest,
                         ::testing::Values("popularity:half_life_days=7",
                                           "als:factors=8,iterations=3", "ease:lambda=50",
                                           "itemknn:neighbours=20,shrink=5"),
                         [](const auto& info) {
                             return info.param.substr(0, info.param.find(':'));
                         });

TEST(ModelBundleDescriptionTest, RefusesADescriptionThatDisagreesWithTheFiles) {
    ScratchDirectory directory;
    const auto bundle = ModelBundle::train(testing::denseDataset({{1, 1, 0}, {0, 1, 1}}),
                                           "ease:lambda=1", EventWeights{});
    bundle.save(directory.path());
    const auto path = directory.path() / "model.json";
    auto description = nlohmann::json::parse(readFileBytes(path));
    description["item_count"] = 4;
    writeFileBytes(path, description.dump());
    expectArtifactError([&] { ModelBundle::load(directory.path()); }, "announces 4 items");
    description["item_count"] = 3;
    description["format_version"] = 2;
    writeFileBytes(path, description.dump());
    expectArtifactError([&] { ModelBundle::load(directory.path()); }, "format version 2");
    description["format_version"] = 1;
    description["spec"] = "ease:lambda=-1";
    writeFileBytes(path, description.dump());
    expectArtifactError([&] { ModelBundle::load(directory.path()); }, "'lambda'");
}

}  // namespace
}  // namespace recops::engine
