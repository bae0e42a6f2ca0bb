// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/ease_recommender.h"

#include "engine/component_spec.h"
#include "engine/engine_error.h"
#include "engine_test_data.h"

#include <Eigen/Dense>
#include <gtest/gtest.h>

namespace recops::engine {
namespace {

using testing::denseDataset;

const std::vector<std::vector<float>> kRows = {
    {1, 1, 0, 0}, {0, 1, 1, 0}, {1, 0, 1, 1}, {0, 0, 1, 1}, {1, 1, 1, 0},
};

EaseRecommender makeEase(std::string_view parameters) {
    auto spec = ComponentSpec::parse(parameters, "algorithm");
    return EaseRecommender(spec);
}

/// Steck (2019), eq. 8, computed independently in double precision.
Eigen::MatrixXd closedForm(const std::vector<std::vector<float>>& rows, double lambda) {
    Eigen::MatrixXd x(static_cast<Eigen::Index>(rows.size()),
                      static_cast<Eigen::Index>(rows[0].size()));
    for (Eigen::Index row = 0; row < x.rows(); ++row) {
        for (Eigen::Index column = 0; column < x.cols(); ++column) {
            x(row, column) = rows[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
        }
    }
    const Eigen::MatrixXd gram =
        x.transpose() * x + lambda * Eigen::MatrixXd::Identity(x.cols(), x.cols());
    const Eigen::MatrixXd p = gram.inverse();
    Eigen::MatrixXd b = -p * p.diagonal().cwiseInverse().asDiagonal();
    b.diagonal().setZero();
    return b;
}

TEST(EaseRecommenderTest, EqualsTheClosedFormOnAHandBuiltMatrix) {
    auto ease = makeEase("ease:lambda=2");
    ease.fit(denseDataset(kRows), {});
    const auto expected = closedForm(kRows, 2.0);
    ASSERT_EQ(ease.itemCount(), 4U);
    for (Eigen::Index i = 0; i < 4; ++i) {
        for (Eigen::Index j = 0; j < 4; ++j) {
            EXPECT_NEAR(ease.weights()[static_cast<std::size_t>(i * 4 + j)], expected(i, j), 1e-5)
                << "B(" << i << ", " << j << ")";
        }
    }
}

TEST(EaseRecommenderTest, ScoresAreTheHistoryTimesB) {
    auto ease = makeEase("ease:lambda=2");
    ease.fit(denseDataset(kRows), {});
    const auto b = closedForm(kRows, 2.0);
    UserQuery query;
    query.history = {{0, 1.0F}, {3, 2.0F}};
    std::vector<float> all(4);
    ease.scoreAll(query, all);
    const std::vector<ItemIndex> subset{2, 1};
    std::vector<float> some(2);
    ease.scoreItems(query, subset, some);
    for (std::size_t j = 0; j < 4; ++j) {
        const double expected =
            b(0, static_cast<Eigen::Index>(j)) + 2.0 * b(3, static_cast<Eigen::Index>(j));
        EXPECT_NEAR(all[j], expected, 1e-5);
    }
    EXPECT_FLOAT_EQ(some[0], all[2]);
    EXPECT_FLOAT_EQ(some[1], all[1]);
}

TEST(EaseRecommenderTest, DropoutEmphasisAddsPopularityToTheRidge) {
    // EDLAE: lambda_j = lambda + p / (1 - p) G_jj; with p = 0.5 that is lambda + G_jj.
    auto ease = makeEase("ease:lambda=2,dropout=0.5");
    ease.fit(denseDataset(kRows), {});
    Eigen::MatrixXd x(5, 4);
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 4; ++column) {
            x(row, column) = kRows[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
        }
    }
    Eigen::MatrixXd gram = x.transpose() * x;
    gram.diagonal() = 2.0 * gram.diagonal().array() + 2.0;
    const Eigen::MatrixXd p = gram.inverse();
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            const double expected = i == j ? 0.0 : -p(i, j) / p(j, j);
            EXPECT_NEAR(ease.weights()[static_cast<std::size_t>(i * 4 + j)], expected, 1e-5);
        }
    }
}

TEST(EaseRecommenderTest, RefusesACatalogTooLargeForItsMemoryBudget) {
    std::vector<std::vector<float>> rows(2, std::vector<float>(1000, 0.0F));
    rows[0][0] = 1.0F;
    rows[1][999] = 1.0F;
    auto ease = makeEase("ease:max_memory_mb=1");
    try {
        ease.fit(denseDataset(rows), {});
        FAIL() << "a 1000-item EASE fit within 1 MB";
    } catch (const CapacityError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("1000 items"), std::string::npos) << message;
        EXPECT_NE(message.find("use als"), std::string::npos) << message;
    }
    EXPECT_FALSE(ease.fitted());
}

TEST(EaseRecommenderTest, ReportsProgressAndHonoursCancellation) {
    auto ease = makeEase("ease:lambda=2");
    std::vector<std::string> phases;
    ease.fit(denseDataset(kRows), TrainingMonitor(
                                      [&phases](const TrainingProgress& progress) {
                                          phases.emplace_back(progress.phase);
                                      },
                                      {}));
    EXPECT_EQ(phases.size(), 3U);
    auto cancelled = makeEase("ease:lambda=2");
    EXPECT_THROW(cancelled.fit(denseDataset(kRows), TrainingMonitor({}, [] { return true; })),
                 TrainingCancelled);
    EXPECT_FALSE(cancelled.fitted());
}

}  // namespace
}  // namespace recops::engine
