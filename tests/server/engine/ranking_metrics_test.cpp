// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/ranking_metrics.h"

#include <cmath>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

namespace metrics = ranking_metrics;

const std::vector<ItemIndex> kRanked{1, 2, 3, 4, 5};
const std::vector<ItemIndex> kRelevant{2, 5, 9};  // sorted

TEST(RankingMetricsTest, PrecisionAndRecallCountHitsInTheCutOff) {
    EXPECT_EQ(metrics::hits(kRanked, kRelevant, 5), 2U);
    EXPECT_DOUBLE_EQ(metrics::precision(kRanked, kRelevant, 5), 2.0 / 5.0);
    EXPECT_DOUBLE_EQ(metrics::recall(kRanked, kRelevant, 5), 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(metrics::precision(kRanked, kRelevant, 1), 0.0);
    // A short list counts as padded with misses: precision divides by k, not the length.
    EXPECT_DOUBLE_EQ(metrics::precision(std::vector<ItemIndex>{2}, kRelevant, 10), 0.1);
}

TEST(RankingMetricsTest, NdcgUsesLog2DiscountsAndAnIdealOfMinKAndRelevant) {
    // Hits at ranks 2 and 5; three relevant items, so the ideal has hits at ranks 1..3.
    const double dcg = 1.0 / std::log2(3.0) + 1.0 / std::log2(6.0);
    const double ideal = 1.0 + 1.0 / std::log2(3.0) + 1.0 / std::log2(4.0);
    EXPECT_NEAR(metrics::ndcg(kRanked, kRelevant, 5), dcg / ideal, 1e-12);
    EXPECT_NEAR(metrics::ndcg(kRanked, kRelevant, 5), 0.4776237, 1e-6);
    // With k = 2 the ideal holds min(2, 3) = 2 hits.
    EXPECT_NEAR(metrics::ndcg(kRanked, kRelevant, 2),
                (1.0 / std::log2(3.0)) / (1.0 + 1.0 / std::log2(3.0)), 1e-12);
    EXPECT_DOUBLE_EQ(metrics::ndcg(std::vector<ItemIndex>{2, 5, 9}, kRelevant, 3), 1.0);
    EXPECT_DOUBLE_EQ(metrics::ndcg(kRanked, std::vector<ItemIndex>{}, 5), 0.0);
}

TEST(RankingMetricsTest, AveragePrecisionAveragesPrecisionAtEachHit) {
    // Hits at ranks 2 (precision 1/2) and 5 (precision 2/5), normalised by min(5, 3).
    EXPECT_DOUBLE_EQ(metrics::averagePrecision(kRanked, kRelevant, 5), (0.5 + 0.4) / 3.0);
    EXPECT_DOUBLE_EQ(metrics::averagePrecision(std::vector<ItemIndex>{5, 2, 9}, kRelevant, 3), 1.0);
    EXPECT_DOUBLE_EQ(metrics::averagePrecision(kRanked, kRelevant, 1), 0.0);
}

TEST(RankingMetricsTest, CoverageIsTheShareOfRecommendedItems) {
    EXPECT_DOUBLE_EQ(metrics::catalogCoverage(std::vector<std::size_t>{0, 0, 5, 5}), 0.5);
    EXPECT_DOUBLE_EQ(metrics::catalogCoverage(std::vector<std::size_t>{}), 0.0);
}

TEST(RankingMetricsTest, GiniIsZeroWhenEvenAndGrowsWithConcentration) {
    EXPECT_DOUBLE_EQ(metrics::giniIndex(std::vector<std::size_t>{3, 3, 3, 3}), 0.0);
    // Sorted 0, 0, 5, 5: sum (2i - n - 1) c_i = 1 * 5 + 3 * 5 = 20; n * total = 40.
    EXPECT_DOUBLE_EQ(metrics::giniIndex(std::vector<std::size_t>{5, 0, 5, 0}), 0.5);
    // Everything on one item of n: (n - 1) / n.
    EXPECT_DOUBLE_EQ(metrics::giniIndex(std::vector<std::size_t>{0, 0, 0, 10}), 0.75);
    EXPECT_DOUBLE_EQ(metrics::giniIndex(std::vector<std::size_t>{0, 0}), 0.0);
}

}  // namespace
}  // namespace recops::engine
