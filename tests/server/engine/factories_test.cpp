// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Configuration strings: their parser, the model and retriever factories built on it, and
// the default-algorithm choice. Every bad string must be refused with a message that says
// what is wrong.
#include "engine/algorithm_choice.h"
#include "engine/component_spec.h"
#include "engine/engine_error.h"
#include "engine/ranking_weights.h"
#include "engine/recommender_factory.h"
#include "engine/retriever_factory.h"

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

template <typename Action>
std::string specErrorOf(Action&& action) {
    try {
        action();
    } catch (const SpecError& error) {
        return error.what();
    }
    return "no error";
}

TEST(ComponentSpecTest, ParsesNamesAndTypedParameters) {
    auto spec =
        ComponentSpec::parse(" als : factors = 32 , alpha=2.5,solver=cg,flag=true", "algorithm");
    EXPECT_EQ(spec.name(), "als");
    EXPECT_EQ(spec.integer("factors", 1, 1, 100), 32);
    EXPECT_DOUBLE_EQ(spec.number("alpha", 0.0, 0.0, 10.0), 2.5);
    EXPECT_EQ(spec.choice("solver", "x", {"cg", "x"}), "cg");
    EXPECT_TRUE(spec.flag("flag", false));
    EXPECT_EQ(spec.integer("missing", 7, 0, 10), 7);
    EXPECT_NO_THROW(spec.finish());
    EXPECT_EQ(ComponentSpec::parse("flat", "retriever").entries().size(), 0U);
}

TEST(ComponentSpecTest, RefusesMalformedStrings) {
    EXPECT_EQ(specErrorOf([] { ComponentSpec::parse(":x=1", "algorithm"); }),
              "algorithm spec ':x=1' must start with a name (letters, digits, '_' or '-')");
    EXPECT_EQ(specErrorOf([] { ComponentSpec::parse("als:factors", "algorithm"); }),
              "als: expected key=value, got 'factors'");
    EXPECT_EQ(specErrorOf([] { ComponentSpec::parse("als:factors=1,", "algorithm"); }),
              "als: expected key=value, got ''");
    EXPECT_EQ(specErrorOf([] { ComponentSpec::parse("als:a=1,a=2", "algorithm"); }),
              "als: parameter 'a' is given twice");
}

TEST(RecommenderFactoryTest, BuildsEveryAlgorithmWithItsDefaults) {
    for (const auto name : RecommenderFactory::algorithms()) {
        const auto model = RecommenderFactory::create(name);
        EXPECT_EQ(model->algorithm(), name);
        EXPECT_FALSE(model->fitted());
        // The canonical spec reads back into the same model.
        EXPECT_EQ(RecommenderFactory::create(model->spec())->spec(), model->spec());
    }
    EXPECT_EQ(RecommenderFactory::create("ease:lambda=250")->spec(),
              "ease:lambda=250,dropout=0,max_memory_mb=4096");
}

TEST(RecommenderFactoryTest, ErrorsNameTheProblemPrecisely) {
    EXPECT_EQ(specErrorOf([] { RecommenderFactory::create("svd:factors=3"); }),
              "unknown algorithm 'svd' (known: popularity, als, ease, itemknn)");
    EXPECT_EQ(specErrorOf([] { RecommenderFactory::create("ease:lamda=3"); }),
              "ease: unknown parameter 'lamda' (known: dropout, lambda, max_memory_mb)");
    EXPECT_EQ(specErrorOf([] { RecommenderFactory::create("als:factors=0"); }),
              "als: parameter 'factors' must be an integer in [1, 1024], got '0'");
    EXPECT_EQ(specErrorOf([] { RecommenderFactory::create("als:factors=8x"); }),
              "als: parameter 'factors' must be an integer in [1, 1024], got '8x'");
    EXPECT_EQ(specErrorOf([] { RecommenderFactory::create("als:solver=lu"); }),
              "als: parameter 'solver' must be one of cg, cholesky, got 'lu'");
    EXPECT_EQ(specErrorOf([] { RecommenderFactory::create("popularity:half_life_days=nan"); }),
              "popularity: parameter 'half_life_days' must be a number in [0, 36500], got 'nan'");
    EXPECT_EQ(specErrorOf([] { RecommenderFactory::create("itemknn:neighbours=10,shrink=-1"); }),
              "itemknn: parameter 'shrink' must be a number in [0, 1e+09], got '-1'");
}

TEST(RetrieverFactoryTest, BuildsRetrieversAndRefusesBadSpecs) {
    EXPECT_EQ(RetrieverFactory::create("flat")->spec(), "flat");
    EXPECT_EQ(RetrieverFactory::create("brute")->spec(), "brute");
    EXPECT_EQ(RetrieverFactory::create("hnsw:M=16,ef_search=64")->spec(),
              "hnsw:M=16,ef_construction=100,ef_search=64");
    EXPECT_EQ(specErrorOf([] { RetrieverFactory::create("ivf"); }),
              "unknown retriever 'ivf' (known: brute, flat, hnsw)");
    EXPECT_EQ(specErrorOf([] { RetrieverFactory::create("flat:M=3"); }),
              "flat: unknown parameter 'M' (known: none)");
    EXPECT_EQ(specErrorOf([] { RetrieverFactory::create("hnsw:M=2"); }),
              "hnsw: parameter 'M' must be an integer in [4, 256], got '2'");
}

TEST(RetrieverFactoryTest, SearchesExactlyUpToTheThresholdAndApproximatelyAbove) {
    RetrievalSettings settings;
    settings.approximateAbove = 1000;
    EXPECT_EQ(RetrieverFactory::specFor(1000, settings), "brute");
    EXPECT_EQ(RetrieverFactory::specFor(1001, settings), settings.approximateSpec);
}

TEST(RankingWeightsTest, ParsesValidatesAndRoundTrips) {
    const auto weights = RankingWeights::parse("model=2,affinity=0.5,mmr_lambda=0.7");
    EXPECT_DOUBLE_EQ(weights.model, 2.0);
    EXPECT_DOUBLE_EQ(weights.categoryAffinity, 0.5);
    EXPECT_DOUBLE_EQ(weights.popularity, RankingWeights{}.popularity);
    EXPECT_EQ(RankingWeights::parse(weights.toSpec()), weights);
    EXPECT_EQ(RankingWeights::fromJson(weights.toJson()), weights);
    EXPECT_EQ(specErrorOf([] { RankingWeights::parse("mmr_lambda=1.5"); }),
              "ranking weights: parameter 'mmr_lambda' must be a number in [0, 1], got '1.5'");
    EXPECT_EQ(specErrorOf([] {
                  RankingWeights::fromJson({{"recency", 1}});
              }),
              "ranking weights: unknown field 'recency' (known: model, popularity, freshness, "
              "affinity, mmr_lambda, freshness_half_life_days)");
    EXPECT_EQ(specErrorOf([] {
                  RankingWeights::fromJson({{"model", -1}});
              }),
              "ranking weights: 'model' must be in [0, 1e+06], got -1");
}

TEST(AlgorithmChoiceTest, PicksByTheShapeOfTheData) {
    DatasetStats tiny;
    tiny.users = 10;
    tiny.items = 50;
    tiny.interactions = 40;
    tiny.meanInteractionsPerUser = 4;
    EXPECT_EQ(chooseDefaultAlgorithm(tiny).spec.rfind("popularity", 0), 0U);

    DatasetStats medium;
    medium.users = 50'000;
    medium.items = 20'000;
    medium.interactions = 2'000'000;
    medium.meanInteractionsPerUser = 40;
    const auto easeChoice = chooseDefaultAlgorithm(medium);
    EXPECT_EQ(easeChoice.spec.rfind("ease:", 0), 0U) << easeChoice.spec;
    EXPECT_NE(easeChoice.reason.find("20000 items"), std::string::npos) << easeChoice.reason;

    DatasetStats large = medium;
    large.items = 1'000'000;
    const auto alsChoice = chooseDefaultAlgorithm(large);
    EXPECT_EQ(alsChoice.spec.rfind("als:", 0), 0U) << alsChoice.spec;
    EXPECT_NE(alsChoice.reason.find("3814697 MB"), std::string::npos) << alsChoice.reason;
    // A smaller memory budget moves the boundary.
    EXPECT_EQ(chooseDefaultAlgorithm(medium, 100.0).spec.rfind("als:", 0), 0U);
    // The chosen specs are valid.
    for (const auto& choice : {easeChoice, alsChoice, chooseDefaultAlgorithm(tiny)}) {
        EXPECT_NO_THROW(RecommenderFactory::create(choice.spec)) << choice.spec;
    }
}

}  // namespace
}  // namespace recops::engine
