// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/als_recommender.h"

#include "engine/component_spec.h"
#include "engine/engine_error.h"
#include "engine/seeded_random.h"
#include "engine_test_data.h"

#include <Eigen/Dense>
#include <gtest/gtest.h>

namespace recops::engine {
namespace {

using testing::denseDataset;

constexpr std::size_t kGroups = 3;
constexpr std::size_t kItemsPerGroup = 10;
constexpr std::size_t kUsers = 60;

/// A planted rank-3 signal: user u belongs to group u % 3 and touches 6 random items of
/// that group's block only.
std::vector<std::vector<float>> plantedBlocks() {
    std::vector<std::vector<float>> rows(kUsers,
                                         std::vector<float>(kGroups * kItemsPerGroup, 0.0F));
    SeededRandom random(7);
    for (std::size_t user = 0; user < kUsers; ++user) {
        const std::size_t group = user % kGroups;
        for (int picked = 0; picked < 6;) {
            auto& cell = rows[user][group * kItemsPerGroup + random.below(kItemsPerGroup)];
            if (cell == 0.0F) {
                cell = 1.0F;
                ++picked;
            }
        }
    }
    return rows;
}

AlsRecommender makeAls(std::string_view parameters) {
    auto spec = ComponentSpec::parse(parameters, "algorithm");
    return AlsRecommender(spec);
}

TEST(AlsRecommenderTest, LossDecreasesEveryIterationWithBothSolvers) {
    for (const auto* solver : {"cholesky", "cg"}) {
        auto als = makeAls(
            std::string("als:factors=8,iterations=8,regularization=0.1,alpha=5,solver=") + solver);
        std::vector<double> reported;
        als.fit(denseDataset(plantedBlocks()), TrainingMonitor(
                                                   [&reported](const TrainingProgress& progress) {
                                                       reported.push_back(*progress.loss);
                                                   },
                                                   {}));
        const auto& losses = als.lossHistory();
        ASSERT_EQ(losses.size(), 8U) << solver;
        EXPECT_EQ(reported, losses) << solver;
        for (std::size_t iteration = 1; iteration < losses.size(); ++iteration) {
            EXPECT_LE(losses[iteration], losses[iteration - 1] * (1.0 + 1e-6))
                << solver << " iteration " << iteration;
        }
        EXPECT_LT(losses.back(), losses.front()) << solver;
    }
}

TEST(AlsRecommenderTest, RecoversAPlantedLowRankSignal) {
    // As many factors as the planted rank: the blocks must come back exactly.
    auto als = makeAls("als:factors=3,iterations=10,regularization=0.1,alpha=5,solver=cholesky");
    const auto rows = plantedBlocks();
    als.fit(denseDataset(rows), {});
    std::size_t ordered = 0;
    std::size_t pairs = 0;
    UserQuery query;
    std::vector<float> scores(als.itemCount());
    for (std::size_t user = 0; user < kUsers; ++user) {
        query.history.clear();
        for (std::size_t item = 0; item < rows[user].size(); ++item) {
            if (rows[user][item] != 0.0F) {
                query.history.push_back({static_cast<ItemIndex>(item), 1.0F});
            }
        }
        als.prepare(query);
        als.scoreAll(query, scores);
        const std::size_t group = user % kGroups;
        // Every unseen item of the user's own block must outscore every item of the others.
        for (std::size_t inside = group * kItemsPerGroup; inside < (group + 1) * kItemsPerGroup;
             ++inside) {
            if (rows[user][inside] != 0.0F) {
                continue;
            }
            for (std::size_t outside = 0; outside < rows[user].size(); ++outside) {
                if (outside / kItemsPerGroup != group) {
                    ++pairs;
                    ordered += scores[inside] > scores[outside] ? 1 : 0;
                }
            }
        }
    }
    EXPECT_GT(pairs, 0U);
    EXPECT_EQ(ordered, pairs);
}

TEST(AlsRecommenderTest, FoldInSolvesTheUsersLeastSquaresProblem) {
    auto als = makeAls("als:factors=4,iterations=5,regularization=0.5,alpha=3,solver=cg");
    als.fit(denseDataset(plantedBlocks()), {});
    UserQuery query;
    query.history = {{1, 1.0F}, {4, 3.0F}, {25, 0.5F}};
    als.prepare(query);
    // Hu et al., eq. 4: x = (Y^T C Y + lambda I)^-1 Y^T C p, here in double precision.
    const Eigen::MatrixXd y = als.itemFactors().cast<double>();
    Eigen::MatrixXd system = y.transpose() * y + 0.5 * Eigen::MatrixXd::Identity(4, 4);
    Eigen::VectorXd rightHandSide = Eigen::VectorXd::Zero(4);
    for (const auto& entry : query.history) {
        const Eigen::VectorXd row = y.row(entry.item).transpose();
        const double confidence = 1.0 + 3.0 * entry.weight;
        system += (confidence - 1.0) * row * row.transpose();
        rightHandSide += confidence * row;
    }
    const Eigen::VectorXd expected = system.ldlt().solve(rightHandSide);
    ASSERT_EQ(query.embedding.size(), 4U);
    for (int factor = 0; factor < 4; ++factor) {
        EXPECT_NEAR(query.embedding[static_cast<std::size_t>(factor)], expected(factor),
                    1e-4 * (1.0 + std::abs(expected(factor))));
    }
    // The scores are inner products with the item vectors.
    const std::vector<ItemIndex> items{0, 29};
    std::vector<float> scores(2);
    als.scoreItems(query, items, scores);
    EXPECT_NEAR(scores[1], y.row(29).dot(expected), 1e-4);
}

TEST(AlsRecommenderTest, AnEmptyHistoryFoldsInToTheZeroVector) {
    auto als = makeAls("als:factors=4,iterations=2");
    als.fit(denseDataset(plantedBlocks()), {});
    UserQuery query;
    als.prepare(query);
    EXPECT_EQ(query.embedding, std::vector<float>(4, 0.0F));
}

TEST(AlsRecommenderTest, CancellationStopsTheFitAndLeavesTheModelUnfitted) {
    auto als = makeAls("als:factors=4,iterations=50");
    int iterations = 0;
    EXPECT_THROW(als.fit(denseDataset(plantedBlocks()),
                         TrainingMonitor([&iterations](const TrainingProgress&) { ++iterations; },
                                         [&iterations] { return iterations >= 2; })),
                 TrainingCancelled);
    EXPECT_EQ(iterations, 2);
    EXPECT_FALSE(als.fitted());
}

TEST(AlsRecommenderTest, SpecRoundTripsEveryParameter) {
    const auto als = makeAls(
        "als:factors=12,iterations=3,regularization=0.25,alpha=40,solver=cholesky,cg_steps=2,seed="
        "9");
    EXPECT_EQ(als.spec(),
              "als:factors=12,iterations=3,regularization=0.25,alpha=40,solver=cholesky,cg_steps=2,"
              "seed=9");
    EXPECT_EQ(makeAls(als.spec()).spec(), als.spec());
}

}  // namespace
}  // namespace recops::engine
