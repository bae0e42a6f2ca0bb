// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The data layer: id maps, the CSR matrix, event weights and the dataset builder.
#include "engine/csr_matrix.h"
#include "engine/engine_error.h"
#include "engine/event_weights.h"
#include "engine/id_index.h"
#include "engine/interaction_dataset_builder.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace recops::engine {
namespace {

TEST(IdIndexTest, AssignsDenseIndicesInInsertionOrderAndFindsThem) {
    IdIndex index;
    EXPECT_EQ(index.insert("b"), 0U);
    EXPECT_EQ(index.insert("a"), 1U);
    EXPECT_EQ(index.insert("b"), 0U);
    EXPECT_EQ(index.size(), 2U);
    EXPECT_EQ(index.find("a"), 1U);
    EXPECT_FALSE(index.find("c").has_value());
    EXPECT_EQ(index.id(1), "a");
}

TEST(IdIndexTest, RejectsDuplicateIdsWhenBuiltFromAList) {
    EXPECT_THROW(IdIndex({"x", "y", "x"}), EngineError);
}

TEST(CsrMatrixTest, SumsDuplicateTripletsAndSortsColumns) {
    const auto matrix =
        CsrMatrix::fromTriplets(2, 3, {{1, 2, 1.0F}, {0, 1, 2.0F}, {1, 0, 3.0F}, {1, 2, 4.0F}});
    ASSERT_EQ(matrix.nonZeros(), 3U);
    EXPECT_EQ(std::vector<std::uint32_t>(matrix.rowColumns(1).begin(), matrix.rowColumns(1).end()),
              (std::vector<std::uint32_t>{0, 2}));
    EXPECT_FLOAT_EQ(matrix.rowValues(1)[1], 5.0F);
    EXPECT_FLOAT_EQ(matrix.rowValues(0)[0], 2.0F);
}

TEST(CsrMatrixTest, TransposeSwapsRowsAndColumnsAndIsAnInvolution) {
    const auto matrix = CsrMatrix::fromTriplets(3, 2, {{0, 1, 1.0F}, {2, 0, 2.0F}, {2, 1, 3.0F}});
    const auto transposed = matrix.transposed();
    EXPECT_EQ(transposed.rows(), 2U);
    EXPECT_EQ(transposed.columns(), 3U);
    ASSERT_EQ(transposed.rowSize(1), 2U);
    EXPECT_EQ(transposed.rowColumns(1)[0], 0U);
    EXPECT_EQ(transposed.rowColumns(1)[1], 2U);
    EXPECT_FLOAT_EQ(transposed.rowValues(1)[1], 3.0F);
    EXPECT_EQ(transposed.transposed(), matrix);
}

TEST(CsrMatrixTest, RejectsInconsistentArrays) {
    EXPECT_THROW(CsrMatrix(1, 2, {0, 2}, {1, 0}, {1.0F, 1.0F}), EngineError);  // unsorted
    EXPECT_THROW(CsrMatrix(1, 2, {0, 1}, {2}, {1.0F}), EngineError);           // out of range
    EXPECT_THROW(CsrMatrix(2, 2, {0, 1}, {0}, {1.0F}), EngineError);           // offsets short
    EXPECT_THROW(CsrMatrix::fromTriplets(1, 1, {{0, 1, 1.0F}}), EngineError);
}

TEST(EventWeightsTest, DefaultsCountRatingsAsOneInteraction) {
    const EventWeights weights;
    EXPECT_EQ(weights.weightOf("view", 0.0), 1.0F);
    EXPECT_EQ(weights.weightOf("complete", 0.0), 4.0F);
    EXPECT_EQ(weights.weightOf("rate", 1.0), 1.0F);
    EXPECT_EQ(weights.weightOf("rate", 5.0), 1.0F);
    EXPECT_FALSE(weights.weightOf("unheard-of", 1.0).has_value());
}

TEST(EventWeightsTest, LinearRatingsScaleWithTheValueAndLowRatingsAreDropped) {
    const auto weights = EventWeights::parse("rate=4,rating=linear,rating_max=5,rating_min=2");
    EXPECT_FLOAT_EQ(*weights.weightOf("rate", 5.0), 4.0F);
    EXPECT_FLOAT_EQ(*weights.weightOf("rate", 2.5), 2.0F);
    EXPECT_EQ(weights.weightOf("rate", 1.5), 0.0F);
    // Listing types replaces the default table: "view" is no longer configured.
    EXPECT_FALSE(weights.weightOf("view", 0.0).has_value());
}

TEST(EventWeightsTest, RoundTripsThroughJsonAndSpec) {
    const auto weights = EventWeights::parse("view=0.5,buy=7,rating=constant,max_cell_weight=10");
    EXPECT_EQ(EventWeights::fromJson(weights.toJson()), weights);
    EXPECT_EQ(EventWeights::parse(weights.toSpec()), weights);
    EXPECT_FLOAT_EQ(weights.capCellWeight(25.0F), 10.0F);
}

TEST(EventWeightsTest, RejectsBadValuesWithTheParameterName) {
    try {
        EventWeights::parse("view=-1");
        FAIL() << "negative weight accepted";
    } catch (const SpecError& error) {
        EXPECT_NE(std::string(error.what()).find("'view'"), std::string::npos) << error.what();
    }
    EXPECT_THROW(EventWeights::parse("rating=squared"), SpecError);
    EXPECT_THROW(EventWeights::parse("view"), SpecError);
}

TEST(InteractionDatasetBuilderTest, AggregatesEventsPerCellAndKeepsTheLatestTime) {
    InteractionDatasetBuilder builder(EventWeights::parse("view=1,click=2,rate=1,rating_min=3"));
    EXPECT_TRUE(builder.add({"alice", "x", "view", 0.0, 100}));
    EXPECT_TRUE(builder.add({"alice", "x", "click", 0.0, 50}));
    EXPECT_TRUE(builder.add({"bob", "y", "view", 0.0, 70}));
    EXPECT_FALSE(builder.add({"bob", "x", "rate", 2.0, 80}));   // under rating_min
    EXPECT_FALSE(builder.add({"bob", "x", "share", 0.0, 80}));  // unknown type
    EXPECT_FALSE(builder.add({"", "x", "view", 0.0, 80}));      // no user
    builder.addItem("z");
    const auto dataset = builder.build();
    EXPECT_EQ(builder.report().acceptedEvents, 3U);
    EXPECT_EQ(builder.report().ignoredEvents, 1U);
    EXPECT_EQ(builder.report().unknownTypeEvents, 1U);
    EXPECT_EQ(builder.report().invalidEvents, 1U);

    ASSERT_EQ(dataset.userCount(), 2U);
    ASSERT_EQ(dataset.itemCount(), 3U);  // x, y and the catalog-only z
    EXPECT_EQ(dataset.interactionCount(), 2U);
    const auto alice = *dataset.users().find("alice");
    const auto x = *dataset.items().find("x");
    const auto history = dataset.history(alice);
    ASSERT_EQ(history.size(), 1U);
    EXPECT_EQ(history[0].item, x);
    EXPECT_FLOAT_EQ(history[0].weight, 3.0F);
    EXPECT_EQ(dataset.lastTimestampsSeconds()[dataset.matrix().rowOffsets()[alice]], 100);
    EXPECT_EQ(dataset.latestTimestampSeconds(), 100);

    const auto stats = dataset.stats();
    EXPECT_EQ(stats.activeItems, 2U);
    EXPECT_DOUBLE_EQ(stats.density, 2.0 / 6.0);
    EXPECT_EQ(stats.firstTimestampSeconds, 70);
}

}  // namespace
}  // namespace recops::engine
