// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/evaluator.h"

#include "engine/engine_error.h"
#include "engine/interaction_dataset_builder.h"
#include "engine/popularity_recommender.h"
#include "engine/synthetic_data_generator.h"
#include "engine_test_data.h"

#include <cmath>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

using testing::denseDataset;

/// Train: u0 -> {i0}, u1 -> {i1, i2}. Test: u0 -> {i1, i3}, u1 -> {i4}.
TrainTestSplit handSplit() {
    TrainTestSplit split;
    split.train = denseDataset({{1, 0, 0, 0, 0}, {0, 1, 1, 0, 0}});
    split.test = CsrMatrix::fromTriplets(2, 5, {{0, 1, 1.0F}, {0, 3, 1.0F}, {1, 4, 1.0F}});
    split.testUsers = 2;
    return split;
}

TEST(EvaluatorTest, MatchesHandComputedMetricsOverallAndPerCohort) {
    const auto split = handSplit();
    PopularityRecommender model(0.0);
    model.fit(split.train, {});
    // Popularity 1, 1, 1, 0, 0. u0 (training items excluded) gets [i1, i2]: one hit at
    // rank 1. u1 gets [i0, i3]: no hit.
    EvaluationOptions options;
    options.k = 2;
    options.newUserThreshold = 2;  // u0 (1 training item) is new, u1 (2) established
    const auto report = Evaluator(options).evaluate(model, split);
    const double ndcgUser0 = 1.0 / (1.0 + 1.0 / std::log2(3.0));
    EXPECT_EQ(report.overall.users, 2U);
    EXPECT_DOUBLE_EQ(report.overall.precision, 0.25);
    EXPECT_DOUBLE_EQ(report.overall.recall, 0.25);
    EXPECT_NEAR(report.overall.ndcg, ndcgUser0 / 2.0, 1e-12);
    EXPECT_DOUBLE_EQ(report.overall.map, 0.25);
    EXPECT_DOUBLE_EQ(report.overall.coverage, 4.0 / 5.0);
    // Counts 1, 1, 1, 1, 0 -> sorted 0, 1, 1, 1, 1: (-2 + 0 + 2 + 4) / (5 * 4).
    EXPECT_DOUBLE_EQ(report.overall.gini, 0.2);

    EXPECT_EQ(report.newUsers.users, 1U);
    EXPECT_DOUBLE_EQ(report.newUsers.precision, 0.5);
    EXPECT_NEAR(report.newUsers.ndcg, ndcgUser0, 1e-12);
    EXPECT_EQ(report.establishedUsers.users, 1U);
    EXPECT_DOUBLE_EQ(report.establishedUsers.ndcg, 0.0);

    const auto json = report.toJson();
    EXPECT_NEAR(json["overall"]["ndcg@2"].get<double>(), ndcgUser0 / 2.0, 1e-12);
    EXPECT_EQ(json["cohorts"]["new_users"]["definition"], "fewer than 2 training interactions");
}

TEST(EvaluatorTest, RejectsAModelOfAnotherCatalog) {
    const auto split = handSplit();
    PopularityRecommender model(0.0);
    model.fit(denseDataset({{1, 1}}), {});
    EXPECT_THROW(Evaluator().evaluate(model, split), EngineError);
    EXPECT_THROW(Evaluator(EvaluationOptions{0, 20}), SpecError);
}

TEST(EvaluatorTest, EndToEndACollaborativeModelBeatsPopularityOnStructuredData) {
    SyntheticOptions options;
    options.users = 400;
    options.items = 300;
    options.events = 20000;
    SyntheticDataGenerator generator(options);
    InteractionDatasetBuilder builder;
    generator.generate([&builder](const InteractionEvent& event) { builder.add(event); });
    const auto data = builder.build();
    const Evaluator evaluator;
    const auto popularity = evaluator.evaluate("popularity:half_life_days=0", data, SplitOptions{});
    const auto ease = evaluator.evaluate("ease:lambda=100", data, SplitOptions{});
    EXPECT_GT(popularity.overall.users, 100U);
    EXPECT_EQ(ease.overall.users, popularity.overall.users);
    EXPECT_GT(ease.overall.ndcg, popularity.overall.ndcg * 1.2);
    EXPECT_GT(ease.overall.coverage, popularity.overall.coverage);
    EXPECT_EQ(ease.split["test_fraction"], 0.25);
}

}  // namespace
}  // namespace recops::engine
