// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The promotion gates on hand-written metrics.json documents: each floor at, just above and
// just below its threshold, the regression gate around 10 % below Production, missing metrics,
// and a first Production with nothing to compare against.
#include "models/promotion_gates.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::models {
namespace {

using store::ModelStage;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

/// metrics.json with the given overall values (as the evaluator writes it).
nlohmann::json metricsWith(double ndcg, double precision, double recall = 0.30, double map = 0.20) {
    return {{"k", 10},
            {"overall",
             {{"ndcg@10", ndcg},
              {"precision@10", precision},
              {"recall@10", recall},
              {"map@10", map},
              {"coverage@10", 0.4}}}};
}

std::vector<std::string> gateNames(const GateReport& report) {
    std::vector<std::string> names;
    for (const GateResult& result : report.results) {
        names.push_back(result.gate);
    }
    return names;
}

const GateResult& gate(const GateReport& report, const std::string& name) {
    for (const GateResult& result : report.results) {
        if (result.gate == name) {
            return result;
        }
    }
    throw std::out_of_range("no gate " + name);
}

class PromotionGatesTest : public ::testing::Test {
protected:
    PromotionGates m_gates{GateSettings{}};
};

TEST_F(PromotionGatesTest, DefaultsAreTheRunbooksFigures) {
    EXPECT_DOUBLE_EQ(m_gates.settings().stagingMinimumNdcg, 0.35);
    EXPECT_DOUBLE_EQ(m_gates.settings().stagingMinimumPrecision, 0.25);
    EXPECT_DOUBLE_EQ(m_gates.settings().maximumRegression, 0.10);
    EXPECT_THAT(PromotionGates::headlineMetrics(),
                ElementsAre("precision@10", "recall@10", "ndcg@10", "map@10"));
}

TEST_F(PromotionGatesTest, StagingChecksBothFloorsAndNothingElse) {
    const GateReport report = m_gates.evaluate(ModelStage::Staging, metricsWith(0.40, 0.30),
                                               metricsWith(0.90, 0.90, 0.90, 0.90));
    EXPECT_THAT(gateNames(report), ElementsAre("staging.ndcg@10", "staging.precision@10"));
    EXPECT_TRUE(report.passed());
    const GateResult& ndcg = gate(report, "staging.ndcg@10");
    EXPECT_DOUBLE_EQ(ndcg.actual, 0.40);
    EXPECT_DOUBLE_EQ(ndcg.threshold, 0.35);
    EXPECT_EQ(ndcg.detail, "ndcg@10 = 0.4000 >= 0.3500");
}

TEST_F(PromotionGatesTest, TheNdcgFloorPassesAtItsValueAndFailsJustBelow) {
    struct Case {
        double ndcg;
        bool passes;
    };
    for (const Case& c : {Case{0.35, true}, Case{0.3501, true}, Case{0.3499, false},
                          Case{0.0, false}, Case{1.0, true}}) {
        const GateReport report =
            m_gates.evaluate(ModelStage::Staging, metricsWith(c.ndcg, 0.5), std::nullopt);
        EXPECT_EQ(gate(report, "staging.ndcg@10").passed, c.passes) << "ndcg " << c.ndcg;
        EXPECT_TRUE(gate(report, "staging.precision@10").passed);
        EXPECT_EQ(report.passed(), c.passes) << "ndcg " << c.ndcg;
    }
}

TEST_F(PromotionGatesTest, ThePrecisionFloorPassesAtItsValueAndFailsJustBelow) {
    struct Case {
        double precision;
        bool passes;
    };
    for (const Case& c : {Case{0.25, true}, Case{0.2501, true}, Case{0.2499, false}}) {
        const GateReport report =
            m_gates.evaluate(ModelStage::Staging, metricsWith(0.5, c.precision), std::nullopt);
        EXPECT_EQ(gate(report, "staging.precision@10").passed, c.passes)
            << "precision " << c.precision;
        EXPECT_EQ(report.passed(), c.passes);
    }
    const GateReport below =
        m_gates.evaluate(ModelStage::Staging, metricsWith(0.5, 0.2), std::nullopt);
    EXPECT_EQ(gate(below, "staging.precision@10").detail, "precision@10 = 0.2000 < 0.2500");
}

/// The mean of @p values summed in order, as the evaluator averages per-user metrics.
double meanOf(std::initializer_list<double> values) {
    double sum = 0.0;
    for (const double value : values) {
        sum += value;
    }
    return sum / static_cast<double>(values.size());
}

TEST_F(PromotionGatesTest, AMeanExactlyAtAFloorPassesThoughItsSumRoundedBelow) {
    // Per-user precisions averaging exactly 2/8 = 0.25; summed in order they give
    // 0.24999999999999997. The floors are inclusive, so this version is at the floor.
    const double precision = meanOf({0.0, 0.3, 0.0, 0.6, 0.2, 0.0, 0.2, 0.7});
    ASSERT_LT(precision, 0.25) << "the example no longer rounds below; pick another";
    const double ndcg = meanOf({0.4, 0.0, 0.4, 0.2, 0.4, 0.7});  // 2.1 / 6 = 0.35
    ASSERT_LT(ndcg, 0.35);
    const GateReport report =
        m_gates.evaluate(ModelStage::Staging, metricsWith(ndcg, precision), std::nullopt);
    EXPECT_TRUE(gate(report, "staging.precision@10").passed);
    EXPECT_EQ(gate(report, "staging.precision@10").detail, "precision@10 = 0.2500 >= 0.2500");
    EXPECT_TRUE(gate(report, "staging.ndcg@10").passed);
    EXPECT_TRUE(report.passed());
}

TEST_F(PromotionGatesTest, ThresholdsComeFromTheSettings) {
    const PromotionGates strict(GateSettings{0.6, 0.4, 0.0});
    const GateReport report =
        strict.evaluate(ModelStage::Staging, metricsWith(0.55, 0.45), std::nullopt);
    EXPECT_FALSE(gate(report, "staging.ndcg@10").passed);
    EXPECT_DOUBLE_EQ(gate(report, "staging.ndcg@10").threshold, 0.6);
    EXPECT_TRUE(gate(report, "staging.precision@10").passed);
    EXPECT_DOUBLE_EQ(gate(report, "staging.precision@10").threshold, 0.4);
}

TEST_F(PromotionGatesTest, AMissingMetricFailsItsGateAndSaysSo) {
    nlohmann::json metrics = metricsWith(0.5, 0.5);
    metrics["overall"].erase("ndcg@10");
    metrics["overall"]["precision@10"] = "high";  // not a number: as good as missing
    const GateReport report = m_gates.evaluate(ModelStage::Staging, metrics, std::nullopt);
    EXPECT_FALSE(report.passed());
    EXPECT_FALSE(gate(report, "staging.ndcg@10").passed);
    EXPECT_EQ(gate(report, "staging.ndcg@10").detail, "metrics.json has no overall ndcg@10");
    EXPECT_FALSE(gate(report, "staging.precision@10").passed);
    EXPECT_EQ(gate(report, "staging.precision@10").detail,
              "metrics.json has no overall precision@10");

    const GateReport empty =
        m_gates.evaluate(ModelStage::Staging, nlohmann::json::object(), std::nullopt);
    EXPECT_EQ(empty.results.size(), 2u);
    EXPECT_FALSE(empty.passed());
}

TEST_F(PromotionGatesTest, AFirstProductionHasOnlyTheStagingGates) {
    const GateReport report =
        m_gates.evaluate(ModelStage::Production, metricsWith(0.40, 0.30), std::nullopt);
    EXPECT_THAT(gateNames(report), ElementsAre("staging.ndcg@10", "staging.precision@10"));
    EXPECT_TRUE(report.passed());

    const GateReport weak =
        m_gates.evaluate(ModelStage::Production, metricsWith(0.30, 0.30), std::nullopt);
    EXPECT_FALSE(weak.passed()) << "Production needs the Staging floors too";
}

TEST_F(PromotionGatesTest, ProductionComparesEveryHeadlineMetricWithTheCurrentOne) {
    const nlohmann::json production = metricsWith(0.50, 0.40, 0.30, 0.20);
    const GateReport report =
        m_gates.evaluate(ModelStage::Production, metricsWith(0.50, 0.40, 0.30, 0.20), production);
    EXPECT_THAT(
        gateNames(report),
        ElementsAre("staging.ndcg@10", "staging.precision@10",
                    "production.no_regression.precision@10", "production.no_regression.recall@10",
                    "production.no_regression.ndcg@10", "production.no_regression.map@10"));
    EXPECT_TRUE(report.passed());
    const GateResult& recall = gate(report, "production.no_regression.recall@10");
    EXPECT_DOUBLE_EQ(recall.actual, 0.30);
    EXPECT_DOUBLE_EQ(recall.threshold, 0.30 * 0.9);
    EXPECT_EQ(recall.detail,
              "recall@10 = 0.3000 vs Production's 0.3000 (+0.0000 %); at most 10.0000 % lower "
              "allowed");
}

TEST_F(PromotionGatesTest, TheRegressionGateAllowsTenPercentLessAndNoMore) {
    // Production's MAP@10 is 0.20: 0.18 is exactly 10 % lower (and 0.2 * 0.9 computes to
    // 0.18000000000000002, so this checks the limit is inclusive despite rounding).
    const nlohmann::json production = metricsWith(0.50, 0.40, 0.30, 0.20);
    struct Case {
        double map;
        bool passes;
    };
    for (const Case& c : {Case{0.18, true}, Case{0.1801, true}, Case{0.1799, false},
                          Case{0.25, true}, Case{0.10, false}}) {
        const GateReport report = m_gates.evaluate(
            ModelStage::Production, metricsWith(0.50, 0.40, 0.30, c.map), production);
        const GateResult& map = gate(report, "production.no_regression.map@10");
        EXPECT_EQ(map.passed, c.passes) << "map " << c.map;
        EXPECT_DOUBLE_EQ(map.threshold, 0.18);
        EXPECT_EQ(report.passed(), c.passes) << "map " << c.map;
        // The other metrics equal Production's and pass whatever MAP does.
        EXPECT_TRUE(gate(report, "production.no_regression.ndcg@10").passed);
    }
    const GateReport worse =
        m_gates.evaluate(ModelStage::Production, metricsWith(0.50, 0.40, 0.30, 0.15), production);
    EXPECT_EQ(gate(worse, "production.no_regression.map@10").detail,
              "map@10 = 0.1500 vs Production's 0.2000 (-25.0000 %); at most 10.0000 % lower "
              "allowed");
}

TEST_F(PromotionGatesTest, AVersionBetterThanTheFloorsStillFailsOnRegression) {
    const GateReport report = m_gates.evaluate(
        ModelStage::Production, metricsWith(0.40, 0.30, 0.30, 0.20), metricsWith(0.60, 0.30));
    EXPECT_TRUE(gate(report, "staging.ndcg@10").passed);
    EXPECT_FALSE(gate(report, "production.no_regression.ndcg@10").passed);
    EXPECT_FALSE(report.passed());
}

TEST_F(PromotionGatesTest, AMetricMissingOnEitherSideFailsTheComparison) {
    nlohmann::json candidate = metricsWith(0.5, 0.4);
    candidate["overall"].erase("recall@10");
    nlohmann::json production = metricsWith(0.5, 0.4);
    production["overall"].erase("map@10");
    const GateReport report = m_gates.evaluate(ModelStage::Production, candidate, production);
    EXPECT_FALSE(gate(report, "production.no_regression.recall@10").passed);
    EXPECT_THAT(gate(report, "production.no_regression.recall@10").detail,
                HasSubstr("missing from this version's metrics.json"));
    EXPECT_FALSE(gate(report, "production.no_regression.map@10").passed);
    EXPECT_THAT(gate(report, "production.no_regression.map@10").detail,
                HasSubstr("missing from Production's metrics.json"));
    EXPECT_TRUE(gate(report, "production.no_regression.ndcg@10").passed);
    EXPECT_FALSE(report.passed());
}

TEST_F(PromotionGatesTest, NoneAndArchivedHaveNoGates) {
    for (const ModelStage stage : {ModelStage::None, ModelStage::Archived}) {
        const GateReport report =
            m_gates.evaluate(stage, nlohmann::json::object(), metricsWith(0.9, 0.9));
        EXPECT_TRUE(report.results.empty());
        EXPECT_TRUE(report.passed());
        EXPECT_EQ(report.toJson(), nlohmann::json::array());
    }
}

TEST_F(PromotionGatesTest, TheReportIsTheJsonTheApiAndHistoryCarry) {
    const GateReport report =
        m_gates.evaluate(ModelStage::Staging, metricsWith(0.30, 0.30), std::nullopt);
    const nlohmann::json json = report.toJson();
    ASSERT_TRUE(json.is_array());
    ASSERT_EQ(json.size(), 2u);
    EXPECT_EQ(json[0], (nlohmann::json{{"gate", "staging.ndcg@10"},
                                       {"passed", false},
                                       {"actual", 0.30},
                                       {"threshold", 0.35},
                                       {"detail", "ndcg@10 = 0.3000 < 0.3500"}}));
    EXPECT_EQ(json[1]["passed"], true);
}

}  // namespace
}  // namespace recops::models
