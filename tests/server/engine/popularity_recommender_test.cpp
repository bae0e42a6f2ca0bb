// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/popularity_recommender.h"

#include "engine_test_data.h"

#include <cmath>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

using testing::denseDataset;

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'000 * kDay;

// Item 0: three users, ten days ago. Item 1: one user, now. Item 2: two users, one day ago.
const std::vector<std::vector<float>> kRows = {{1, 0, 1}, {1, 0, 1}, {1, 1, 0}};
const std::vector<std::vector<std::int64_t>> kTimes = {{kNow - 10 * kDay, 0, kNow - kDay},
                                                       {kNow - 10 * kDay, 0, kNow - kDay},
                                                       {kNow - 10 * kDay, kNow, 0}};

TEST(PopularityRecommenderTest, WithoutDecayRanksByTotalWeight) {
    PopularityRecommender model(0.0);
    model.fit(denseDataset(kRows, kTimes), {});
    EXPECT_EQ(model.ranking(), (std::vector<ItemIndex>{0, 2, 1}));
    EXPECT_FLOAT_EQ(model.scores()[0], 3.0F);
}

TEST(PopularityRecommenderTest, TimeDecayFavoursRecentInterest) {
    PopularityRecommender model(1.0);  // one-day half-life
    model.fit(denseDataset(kRows, kTimes), {});
    EXPECT_EQ(model.ranking(), (std::vector<ItemIndex>{1, 2, 0}));
    EXPECT_NEAR(model.scores()[0], 3.0 * std::exp2(-10.0), 1e-7);
    EXPECT_NEAR(model.scores()[1], 1.0, 1e-7);
    EXPECT_NEAR(model.scores()[2], 2.0 * 0.5, 1e-7);
}

TEST(PopularityRecommenderTest, IgnoresTheHistoryAndSimilarMeansPopular) {
    PopularityRecommender model(0.0);
    model.fit(denseDataset(kRows, kTimes), {});
    UserQuery query;
    query.history = {{1, 5.0F}};
    std::vector<float> scores(3);
    model.scoreAll(query, scores);
    EXPECT_EQ(scores, model.scores());
    const auto similar = model.similarItems(0, 5);
    ASSERT_EQ(similar.size(), 2U);
    EXPECT_EQ(similar[0].item, 2U);
}

}  // namespace
}  // namespace recops::engine
