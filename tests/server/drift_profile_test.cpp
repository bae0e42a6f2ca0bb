// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// DriftProfile: PSI against examples worked out by hand, the runbooks' bands, the bins, and
// drift_baseline.json read back and refused when malformed.
#include "models/drift_profile.h"

#include "server/support/sample_drift_profile.h"

#include <stdexcept>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::models {
namespace {

using ::testing::HasSubstr;

TEST(DriftProfileTest, PsiMatchesAHandComputedExample) {
    // Training shares 0.5, 0.3, 0.2; live 0.3, 0.3, 0.4:
    //   (0.3 - 0.5) ln(0.3 / 0.5) = -0.2 * -0.5108256 = 0.1021651
    //   (0.3 - 0.3) ln(1)                              = 0
    //   (0.4 - 0.2) ln(0.4 / 0.2) =  0.2 *  0.6931472 = 0.1386294
    //                                            sum = 0.2407946
    const std::vector<double> expected{0.5, 0.3, 0.2};
    const std::vector<double> actual{0.3, 0.3, 0.4};
    EXPECT_NEAR(populationStabilityIndex(expected, actual), 0.2407946, 1e-7);
    // Counts give the same as shares: 50/30/20 events against 30/30/40.
    EXPECT_NEAR(
        populationStabilityIndex(std::vector<double>{50, 30, 20}, std::vector<double>{3, 3, 4}),
        0.2407946, 1e-7);
}

TEST(DriftProfileTest, PsiIsZeroForTheSameDistributionAndSymmetric) {
    const std::vector<double> shares{0.1, 0.2, 0.3, 0.4};
    EXPECT_DOUBLE_EQ(populationStabilityIndex(shares, shares), 0.0);
    const std::vector<double> other{0.4, 0.3, 0.2, 0.1};
    EXPECT_DOUBLE_EQ(populationStabilityIndex(shares, other),
                     populationStabilityIndex(other, shares));
    //  (0.4-0.1) ln 4 + (0.3-0.2) ln 1.5 + (0.2-0.3) ln(2/3) + (0.1-0.4) ln(1/4)
    //  = 0.3 * 1.3862944 + 0.1 * 0.4054651 + 0.1 * 0.4054651 + 0.3 * 1.3862944 = 0.9128697
    EXPECT_NEAR(populationStabilityIndex(shares, other), 0.9128697, 1e-7);
}

TEST(DriftProfileTest, AnEmptyBinCountsAsATinyShareSoPsiStaysFinite) {
    // Everything moved from bin 1 to bin 2. Empty bins count as 1e-4:
    //   (1e-4 - 1) ln(1e-4 / 1) + (1 - 1e-4) ln(1 / 1e-4) = 2 * 0.9999 * 9.2103404 = 18.4188390
    const double psi =
        populationStabilityIndex(std::vector<double>{1, 0}, std::vector<double>{0, 1});
    EXPECT_NEAR(psi, 18.4188390, 1e-6);
    EXPECT_EQ(psiBand(psi), "severe");
}

TEST(DriftProfileTest, PsiNeedsTheSameBinsOnBothSides) {
    EXPECT_THROW(
        populationStabilityIndex(std::vector<double>{0.5, 0.5}, std::vector<double>{0.2, 0.3, 0.5}),
        std::invalid_argument);
}

TEST(DriftProfileTest, BandsAreTheRunbooksThresholds) {
    struct Case {
        double psi;
        const char* band;
    };
    for (const Case& c : {Case{0.0, "stable"}, Case{0.1999, "stable"}, Case{0.2, "moderate"},
                          Case{0.2999, "moderate"}, Case{0.3, "significant"},
                          Case{0.4999, "significant"}, Case{0.5, "severe"}, Case{7.0, "severe"}}) {
        EXPECT_EQ(psiBand(c.psi), c.band) << c.psi;
    }
}

TEST(DriftProfileTest, FeaturesHaveStableNames) {
    std::vector<std::string_view> names;
    for (const DriftFeature feature : kDriftFeatures) {
        names.push_back(driftFeatureName(feature));
    }
    EXPECT_THAT(names, ::testing::ElementsAre("user_activity", "item_popularity",
                                              "recommended_score", "category_mix"));
}

TEST(DriftProfileTest, HistoryLengthsFallIntoPowersOfTwo) {
    struct Case {
        std::size_t length;
        std::size_t bin;
    };
    for (const Case& c : {Case{0, 0}, Case{1, 1}, Case{2, 2}, Case{3, 2}, Case{4, 3}, Case{7, 3},
                          Case{8, 4}, Case{15, 4}, Case{16, 5}, Case{31, 5}, Case{32, 6},
                          Case{63, 6}, Case{64, 7}, Case{200, 7}, Case{100000, 7}}) {
        EXPECT_EQ(DriftProfile::activityBin(c.length), c.bin) << c.length;
    }
}

TEST(DriftProfileTest, ScoresFallIntoTheBinOfTheirEdges) {
    const DriftProfile profile = testing::sampleDriftProfile();
    struct Case {
        double score;
        std::size_t bin;
    };
    for (const Case& c : {Case{-5.0, 0}, Case{0.05, 0}, Case{0.1, 1}, Case{0.15, 1}, Case{0.55, 5},
                          Case{0.9, 9}, Case{3.0, 9}}) {
        EXPECT_EQ(profile.scoreBin(c.score), c.bin) << c.score;
    }
}

TEST(DriftProfileTest, JsonRoundTripKeepsEverything) {
    const DriftProfile profile = testing::sampleDriftProfile();
    const nlohmann::json json = profile.toJson();
    EXPECT_EQ(json["format"], "recops-drift-baseline");
    EXPECT_EQ(json["format_version"], 1);
    EXPECT_EQ(json["features"]["category_mix"]["bins"],
              (nlohmann::json{"drama", "comedy", "other"}));

    const DriftProfile back = DriftProfile::fromJson(nlohmann::json::parse(json.dump()));
    for (const DriftFeature feature : kDriftFeatures) {
        EXPECT_EQ(back.baseline(feature).bins, profile.baseline(feature).bins)
            << driftFeatureName(feature);
        EXPECT_EQ(back.baseline(feature).shares, profile.baseline(feature).shares)
            << driftFeatureName(feature);
    }
    EXPECT_EQ(back.scoreEdges(), profile.scoreEdges());
    EXPECT_EQ(back.toJson(), json);
}

/// What fromJson says about @p json, or a failure when it accepts it.
std::string refusalOf(const nlohmann::json& json) {
    try {
        DriftProfile::fromJson(json);
    } catch (const std::invalid_argument& error) {
        return error.what();
    } catch (const std::exception& error) {
        ADD_FAILURE() << "refused with an exception other than invalid_argument: " << error.what();
        return error.what();
    }
    ADD_FAILURE() << "accepted " << json.dump();
    return {};
}

TEST(DriftProfileTest, MalformedBaselinesAreRefusedSayingWhat) {
    const nlohmann::json good = testing::sampleDriftProfile().toJson();
    struct Case {
        const char* what;
        std::function<void(nlohmann::json&)> spoil;
        const char* message;
    };
    const std::vector<Case> cases{
        {"not an object", [](nlohmann::json& j) { j = nlohmann::json::array(); },
         "not a recops-drift-baseline, version 1"},
        {"another format", [](nlohmann::json& j) { j["format"] = "recops-model-version"; },
         "not a recops-drift-baseline, version 1"},
        {"a newer version", [](nlohmann::json& j) { j["format_version"] = 2; },
         "not a recops-drift-baseline, version 1"},
        {"no features", [](nlohmann::json& j) { j.erase("features"); }, "features"},
        {"a missing feature", [](nlohmann::json& j) { j["features"].erase("item_popularity"); },
         "lacks feature item_popularity"},
        {"fewer shares than bins",
         [](nlohmann::json& j) {
             j["features"]["category_mix"]["shares"] = {0.5, 0.5};
         },
         "category_mix has as many bins as shares"},
        {"no bins",
         [](nlohmann::json& j) {
             j["features"]["user_activity"]["bins"] = nlohmann::json::array();
             j["features"]["user_activity"]["shares"] = nlohmann::json::array();
         },
         "user_activity has as many bins as shares, and at least one"},
        {"shares that are not numbers",
         [](nlohmann::json& j) {
             j["features"]["category_mix"]["shares"] = {"a", "b", "c"};
         },
         "category_mix"},
        {"bins without shares",
         [](nlohmann::json& j) { j["features"]["category_mix"].erase("shares"); }, "category_mix"},
        {"eight score edges", [](nlohmann::json& j) { j["score_edges"].erase(8); },
         "score_edges must be nine ascending values"},
        {"descending score edges",
         [](nlohmann::json& j) { j["score_edges"] = {9, 8, 7, 6, 5, 4, 3, 2, 1}; },
         "score_edges must be nine ascending values"},
        {"no score edges", [](nlohmann::json& j) { j.erase("score_edges"); }, "score_edges"},
    };
    for (const Case& c : cases) {
        nlohmann::json spoiled = good;
        c.spoil(spoiled);
        const std::string message = refusalOf(spoiled);
        EXPECT_THAT(message, HasSubstr("drift_baseline.json")) << c.what;
        EXPECT_THAT(message, HasSubstr(c.message)) << c.what;
    }
}

}  // namespace
}  // namespace recops::models
