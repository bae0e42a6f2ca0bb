// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// DriftMonitor over a small served popularity model whose ranking is known (item i0 the most
// popular, i19 the least): which bin traffic lands in, the minimum sample count, the sliding
// window, a new baseline restarting it, and the data_drift_psi gauges.
#include "models/drift_monitor.h"

#include "engine/model_bundle.h"
#include "engine/serving_model.h"
#include "engine_test_data.h"
#include "metrics/registry.h"
#include "models/serving_state.h"
#include "server/support/sample_drift_profile.h"
#include "server/support/wait_until.h"

#include <cmath>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::models {
namespace {

using ::testing::ElementsAreArray;

constexpr std::size_t kItems = 20;

/// "i7", "u3": appended, since GCC 12 warns falsely (-Wrestrict) on "i" + std::to_string().
std::string idOf(char prefix, std::size_t number) {
    std::string id(1, prefix);
    id += std::to_string(number);
    return id;
}

/// 20 users x 20 items: item j is liked by the first 20 - j users, so popularity falls from
/// i0 (decile 1) to i19 (decile 10), two items per decile.
std::shared_ptr<const engine::ServingModel> servedModel() {
    std::vector<std::vector<float>> rows(kItems, std::vector<float>(kItems, 0.0F));
    for (std::size_t user = 0; user < kItems; ++user) {
        for (std::size_t item = 0; item < kItems; ++item) {
            rows[user][item] = user < kItems - item ? 1.0F : 0.0F;
        }
    }
    std::vector<engine::ItemMetadata> catalog;
    for (std::size_t item = 0; item < kItems; ++item) {
        engine::ItemMetadata metadata;
        metadata.itemId = idOf('i', item);
        if (item < 10) {
            metadata.categories = {"drama"};
        } else if (item < 19) {
            metadata.categories = {"comedy"};
        }  // i19 has no category
        catalog.push_back(metadata);
    }
    return engine::ServingModel::create(
        engine::ModelBundle::train(engine::testing::denseDataset(rows), "popularity",
                                   engine::EventWeights{}),
        catalog);
}

const std::vector<double>& kPopularityShares = testing::kSamplePopularityShares;
const std::vector<double>& kCategoryShares = testing::kSampleCategoryShares;

std::shared_ptr<const LoadedVersion> loadedVersion(const std::string& tag,
                                                   std::optional<DriftProfile> profile) {
    static const auto model = servedModel();
    return std::make_shared<const LoadedVersion>(
        LoadedVersion{model, store::ModelVersionRecord{}, tag, std::chrono::system_clock::now(),
                      std::move(profile)});
}

std::vector<store::EventRecord> eventsOn(const std::string& item, std::size_t count) {
    std::vector<store::EventRecord> events;
    for (std::size_t index = 0; index < count; ++index) {
        events.push_back(
            store::EventRecord{idOf('u', index), item, "click", 1.0, 1'700'000'000'000, ""});
    }
    return events;
}

class DriftMonitorTest : public ::testing::Test {
protected:
    static constexpr std::uint64_t kMinimumSamples = 50;

    const FeatureDrift& feature(const DriftReport& report, DriftFeature which) {
        for (const FeatureDrift& drift : report.features) {
            if (drift.feature == which) {
                return drift;
            }
        }
        throw std::out_of_range("the report lacks a feature");
    }

    DriftReport recomputed() {
        m_monitor.recompute();
        return m_monitor.report();
    }

    /// The value of data_drift_psi{feature="NAME"} in the exposition, as written there.
    std::string gauge(std::string_view name) {
        const std::string text = m_metrics.expose();
        const std::string prefix = "data_drift_psi{feature=\"" + std::string(name) + "\"} ";
        const auto found = text.find(prefix);
        if (found == std::string::npos) {
            return "absent";
        }
        const auto start = found + prefix.size();
        return text.substr(start, text.find('\n', start) - start);
    }

    metrics::Registry m_metrics;
    // One-second intervals over a three-second window: the window holds three intervals.
    DriftMonitor m_monitor{
        m_metrics, DriftSettings{std::chrono::milliseconds(1000), std::chrono::milliseconds(3000),
                                 kMinimumSamples}};
    std::shared_ptr<const LoadedVersion> m_version =
        loadedVersion("default@1", testing::sampleDriftProfile());
};

TEST_F(DriftMonitorTest, BeforeAnyBaselineThereIsNothingToCompare) {
    const DriftReport empty = recomputed();
    EXPECT_EQ(empty.modelVersion, "");
    ASSERT_EQ(empty.features.size(), 4u);
    for (const FeatureDrift& drift : empty.features) {
        EXPECT_EQ(drift.band, "no baseline");
        EXPECT_FALSE(drift.psi);
    }
    EXPECT_EQ(gauge("user_activity"), "NaN");

    // A version trained before baselines existed stops the comparison too.
    m_monitor.attach(loadedVersion("default@0", std::nullopt));
    m_monitor.observeEvents(eventsOn("i0", 100));
    EXPECT_EQ(feature(recomputed(), DriftFeature::ItemPopularity).band, "no baseline");
}

TEST_F(DriftMonitorTest, TooFewObservationsGiveNoPsiAndEnoughGiveTheRightOne) {
    m_monitor.attach(m_version);
    const DriftReport start = recomputed();
    EXPECT_EQ(start.modelVersion, "default@1");
    EXPECT_EQ(start.window, std::chrono::milliseconds(3000));
    for (const FeatureDrift& drift : start.features) {
        EXPECT_EQ(drift.samples, 0u);
        EXPECT_FALSE(drift.psi);
        EXPECT_EQ(drift.band, "insufficient data");
    }

    m_monitor.observeEvents(eventsOn("i0", kMinimumSamples - 1));
    const FeatureDrift few = feature(recomputed(), DriftFeature::ItemPopularity);
    EXPECT_EQ(few.samples, kMinimumSamples - 1);
    EXPECT_FALSE(few.psi);
    EXPECT_EQ(few.band, "insufficient data");
    EXPECT_EQ(gauge("item_popularity"), "NaN");

    m_monitor.observeEvents(eventsOn("i1", 1));  // i1 is in the top decile with i0
    const DriftReport enough = recomputed();
    const FeatureDrift popularity = feature(enough, DriftFeature::ItemPopularity);
    EXPECT_EQ(popularity.samples, kMinimumSamples);
    std::vector<double> live(kPopularityShares.size(), 0.0);
    live[0] = 1.0;
    EXPECT_THAT(popularity.live, ElementsAreArray(live));
    EXPECT_EQ(popularity.baseline, kPopularityShares);
    ASSERT_TRUE(popularity.psi);
    EXPECT_DOUBLE_EQ(*popularity.psi, populationStabilityIndex(kPopularityShares, live));
    EXPECT_EQ(popularity.band, "severe");
    EXPECT_DOUBLE_EQ(std::stod(gauge("item_popularity")), *popularity.psi);

    // Every one of those items is a drama.
    const FeatureDrift categories = feature(enough, DriftFeature::CategoryMix);
    EXPECT_THAT(categories.live, ElementsAreArray({1.0, 0.0, 0.0}));
    ASSERT_TRUE(categories.psi);
    EXPECT_DOUBLE_EQ(*categories.psi,
                     populationStabilityIndex(kCategoryShares, std::vector<double>{1.0, 0.0, 0.0}));
    // No recommendation requests: those features still lack data.
    EXPECT_FALSE(feature(enough, DriftFeature::UserActivity).psi);
    EXPECT_EQ(gauge("user_activity"), "NaN");
}

TEST_F(DriftMonitorTest, TrafficLikeTheBaselineIsStable) {
    m_monitor.attach(m_version);
    // 1000 events spread over the deciles as the baseline's shares say (decile d is items
    // 2(d-1) and 2(d-1)+1), and over the categories as close as those items allow.
    for (std::size_t decile = 0; decile < 10; ++decile) {
        const auto count = static_cast<std::size_t>(std::lround(kPopularityShares[decile] * 1000));
        m_monitor.observeEvents(eventsOn(idOf('i', 2 * decile), count));
    }
    const FeatureDrift popularity = feature(recomputed(), DriftFeature::ItemPopularity);
    EXPECT_EQ(popularity.samples, 1000u);
    ASSERT_TRUE(popularity.psi);
    EXPECT_LT(*popularity.psi, 0.01);
    EXPECT_EQ(popularity.band, "stable");
}

TEST_F(DriftMonitorTest, UnknownAndUncategorisedItemsHaveBinsOfTheirOwn) {
    m_monitor.attach(m_version);
    m_monitor.observeEvents(eventsOn("not-in-the-model", 30));
    m_monitor.observeEvents(eventsOn("i19", 20));  // least popular, no category
    m_monitor.observeEvents(eventsOn("i12", 50));  // decile 7, comedy
    const DriftReport report = recomputed();
    const FeatureDrift popularity = feature(report, DriftFeature::ItemPopularity);
    std::vector<double> expected(11, 0.0);
    expected[10] = 0.3;  // unknown
    expected[9] = 0.2;   // decile 10
    expected[6] = 0.5;   // decile 7
    ASSERT_EQ(popularity.live.size(), expected.size());
    for (std::size_t bin = 0; bin < expected.size(); ++bin) {
        EXPECT_DOUBLE_EQ(popularity.live[bin], expected[bin]) << popularity.bins[bin];
    }
    EXPECT_THAT(feature(report, DriftFeature::CategoryMix).live, ElementsAreArray({0.0, 0.5, 0.5}));
}

TEST_F(DriftMonitorTest, RequestsCountTheirHistoryLengthAndScores) {
    m_monitor.attach(m_version);
    const std::vector<engine::Recommendation> items{
        {"i0", 0, 0.95F, 0, {}}, {"i1", 1, 0.45F, 0, {}}, {"i2", 2, 0.05F, 0, {}}};
    for (int request = 0; request < 60; ++request) {
        m_monitor.observeRequest(request < 30 ? 5 : 100, items);
    }
    const DriftReport report = recomputed();
    const FeatureDrift activity = feature(report, DriftFeature::UserActivity);
    EXPECT_EQ(activity.samples, 60u);
    EXPECT_THAT(activity.live, ElementsAreArray({0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.5}));
    EXPECT_TRUE(activity.psi);
    const FeatureDrift scores = feature(report, DriftFeature::RecommendedScore);
    EXPECT_EQ(scores.samples, 180u);
    const double third = 1.0 / 3.0;
    EXPECT_THAT(scores.live,
                ElementsAreArray({third, 0.0, 0.0, 0.0, third, 0.0, 0.0, 0.0, 0.0, third}));
}

TEST_F(DriftMonitorTest, TheWindowSlidesOverTheLastIntervals) {
    m_monitor.attach(m_version);
    m_monitor.observeEvents(eventsOn("i0", 60));
    EXPECT_EQ(feature(recomputed(), DriftFeature::ItemPopularity).samples, 60u);  // interval 1
    m_monitor.observeEvents(eventsOn("i19", 10));
    EXPECT_EQ(feature(recomputed(), DriftFeature::ItemPopularity).samples, 70u);  // 1 + 2
    EXPECT_EQ(feature(recomputed(), DriftFeature::ItemPopularity).samples, 70u);  // 1 + 2 + 3

    // Interval 1 leaves the three-interval window: only interval 2's ten events remain.
    const FeatureDrift slid = feature(recomputed(), DriftFeature::ItemPopularity);
    EXPECT_EQ(slid.samples, 10u);
    EXPECT_FALSE(slid.psi) << "ten events are below the minimum";
    EXPECT_DOUBLE_EQ(slid.live[9], 1.0);
    EXPECT_EQ(gauge("item_popularity"), "NaN");

    // Then interval 2 leaves too.
    EXPECT_EQ(feature(recomputed(), DriftFeature::ItemPopularity).samples, 0u);
}

TEST_F(DriftMonitorTest, ANewBaselineRestartsTheWindow) {
    m_monitor.attach(m_version);
    m_monitor.observeEvents(eventsOn("i0", 60));
    ASSERT_TRUE(feature(recomputed(), DriftFeature::ItemPopularity).psi);

    // Observed against the old baseline but not yet taken into the window: dropped with it.
    m_monitor.observeEvents(eventsOn("i0", 40));
    m_monitor.attach(loadedVersion("default@2", testing::sampleDriftProfile()));
    m_monitor.observeEvents(eventsOn("i19", 15));
    const DriftReport report = recomputed();
    EXPECT_EQ(report.modelVersion, "default@2");
    const FeatureDrift popularity = feature(report, DriftFeature::ItemPopularity);
    EXPECT_EQ(popularity.samples, 15u);
    EXPECT_FALSE(popularity.psi);
    EXPECT_EQ(gauge("item_popularity"), "NaN");

    // Reattaching the very same version also starts afresh.
    m_monitor.observeEvents(eventsOn("i19", 60));
    ASSERT_EQ(feature(recomputed(), DriftFeature::ItemPopularity).samples, 75u);
    m_monitor.attach(m_version);
    EXPECT_EQ(feature(recomputed(), DriftFeature::ItemPopularity).samples, 0u);
}

TEST_F(DriftMonitorTest, TheThreadRecomputesEveryInterval) {
    metrics::Registry registry;
    DriftMonitor monitor(registry, DriftSettings{std::chrono::milliseconds(20),
                                                 std::chrono::milliseconds(1000), kMinimumSamples});
    monitor.attach(m_version);
    monitor.observeEvents(eventsOn("i0", 60));
    monitor.start();
    EXPECT_TRUE(testing::waitUntil([&] {
        const DriftReport report = monitor.report();
        return !report.features.empty() && report.features[1].psi.has_value();
    })) << "never recomputed";
    EXPECT_EQ(monitor.report().modelVersion, "default@1");
}

}  // namespace
}  // namespace recops::models
