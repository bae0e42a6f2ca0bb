// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/item_knn_recommender.h"

#include "engine/component_spec.h"
#include "engine_test_data.h"

#include <cmath>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

using testing::denseDataset;

ItemKnnRecommender makeKnn(std::string_view parameters) {
    auto spec = ComponentSpec::parse(parameters, "algorithm");
    return ItemKnnRecommender(spec);
}

float similarity(const ItemKnnRecommender& model, ItemIndex from, ItemIndex to) {
    const auto& matrix = model.similarities();
    const auto columns = matrix.rowColumns(from);
    for (std::size_t position = 0; position < columns.size(); ++position) {
        if (columns[position] == to) {
            return matrix.rowValues(from)[position];
        }
    }
    return 0.0F;
}

// Items' user columns: i0 = (1,1,1), i1 = (1,0,1), i2 = (0,1,1), i3 = (0,0,0).
const std::vector<std::vector<float>> kRows = {
    {1, 1, 0, 0},
    {1, 0, 1, 0},
    {1, 1, 1, 0},
};

TEST(ItemKnnRecommenderTest, ComputesShrunkCosineSimilaritiesByHand) {
    auto model = makeKnn("itemknn:neighbours=10,shrink=1");
    model.fit(denseDataset(kRows), {});
    // sim(i, j) = x_i . x_j / (|x_i| |x_j| + shrink)
    EXPECT_NEAR(similarity(model, 0, 1), 2.0 / (std::sqrt(3.0) * std::sqrt(2.0) + 1.0), 1e-6);
    EXPECT_NEAR(similarity(model, 1, 0), 2.0 / (std::sqrt(6.0) + 1.0), 1e-6);
    EXPECT_NEAR(similarity(model, 1, 2), 1.0 / (2.0 + 1.0), 1e-6);
    EXPECT_EQ(similarity(model, 0, 0), 0.0F);  // no self-similarity
    EXPECT_EQ(model.similarities().rowSize(3), 0U);
}

TEST(ItemKnnRecommenderTest, KeepsOnlyTheMostSimilarNeighbours) {
    auto model = makeKnn("itemknn:neighbours=1,shrink=0");
    model.fit(denseDataset(kRows), {});
    ASSERT_EQ(model.similarities().rowSize(1), 1U);
    EXPECT_EQ(model.similarities().rowColumns(1)[0], 0U);  // cos(i1,i0) = 0.816 > cos(i1,i2) = 0.5
    const auto similar = model.similarItems(1, 5);
    ASSERT_EQ(similar.size(), 1U);
    EXPECT_EQ(similar[0].item, 0U);
}

TEST(ItemKnnRecommenderTest, ScoresSumTheHistorysWeightedSimilarities) {
    auto model = makeKnn("itemknn:neighbours=10,shrink=0");
    model.fit(denseDataset(kRows), {});
    UserQuery query;
    query.history = {{1, 2.0F}, {2, 1.0F}};
    std::vector<float> all(4);
    model.scoreAll(query, all);
    const float expected0 = 2.0F * similarity(model, 1, 0) + similarity(model, 2, 0);
    EXPECT_NEAR(all[0], expected0, 1e-6);
    EXPECT_NEAR(all[3], 0.0F, 1e-9);
    const std::vector<ItemIndex> subset{3, 0, 2};
    std::vector<float> some(3);
    model.scoreItems(query, subset, some);
    EXPECT_FLOAT_EQ(some[0], all[3]);
    EXPECT_FLOAT_EQ(some[1], all[0]);
    EXPECT_FLOAT_EQ(some[2], all[2]);
}

}  // namespace
}  // namespace recops::engine
