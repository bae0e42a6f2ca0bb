// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/train_test_split.h"

#include "engine/engine_error.h"
#include "engine/interaction_dataset_builder.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

/// User k has kSizes[k] items; events are added in the given user order.
const std::vector<std::size_t> kSizes{2, 4, 5, 8, 12, 20, 40, 101};

InteractionDataset makeData(bool reverseUsers = false) {
    InteractionDatasetBuilder builder;
    for (std::size_t position = 0; position < kSizes.size(); ++position) {
        const std::size_t user = reverseUsers ? kSizes.size() - 1 - position : position;
        for (std::size_t item = 0; item < kSizes[user]; ++item) {
            builder.add("user" + std::to_string(user), "item" + std::to_string(item * 7 % 101),
                        "view", 0.0, static_cast<std::int64_t>(1000 + item));
        }
    }
    return builder.build();
}

std::set<std::string> testItemsOf(const InteractionDataset& data, const TrainTestSplit& split,
                                  const std::string& userId) {
    const auto user = *data.users().find(userId);
    std::set<std::string> items;
    for (const auto item : split.test.rowColumns(user)) {
        items.insert(data.items().id(item));
    }
    return items;
}

TEST(TrainTestSplitTest, HoldsOutAQuarterOfEachEligibleUser) {
    const auto data = makeData();
    const auto split = splitPerUser(data, SplitOptions{});
    std::size_t testUsers = 0;
    for (std::size_t user = 0; user < data.userCount(); ++user) {
        const std::size_t n = data.matrix().rowSize(user);
        const std::size_t test = split.test.rowSize(user);
        const std::size_t train = split.train.matrix().rowSize(user);
        EXPECT_EQ(train + test, n);
        if (n < 5) {
            EXPECT_EQ(test, 0U) << "a user with " << n << " interactions stays in training";
        } else {
            EXPECT_EQ(test, static_cast<std::size_t>(std::llround(0.25 * static_cast<double>(n))))
                << "n = " << n;
            ++testUsers;
        }
    }
    EXPECT_EQ(split.testUsers, testUsers);
    EXPECT_EQ(split.train.items(), data.items());
    EXPECT_EQ(split.train.users(), data.users());
}

TEST(TrainTestSplitTest, PartsAreDisjointAndTogetherTheOriginalCells) {
    const auto data = makeData();
    const auto split = splitPerUser(data, SplitOptions{});
    for (std::size_t user = 0; user < data.userCount(); ++user) {
        std::set<std::uint32_t> train(split.train.matrix().rowColumns(user).begin(),
                                      split.train.matrix().rowColumns(user).end());
        std::set<std::uint32_t> test(split.test.rowColumns(user).begin(),
                                     split.test.rowColumns(user).end());
        for (const auto item : test) {
            EXPECT_EQ(train.count(item), 0U);
        }
        std::set<std::uint32_t> both = train;
        both.insert(test.begin(), test.end());
        EXPECT_EQ(both, std::set<std::uint32_t>(data.matrix().rowColumns(user).begin(),
                                                data.matrix().rowColumns(user).end()));
    }
    // Training cells keep their timestamps.
    const auto& trainMatrix = split.train.matrix();
    for (std::size_t user = 0; user < data.userCount(); ++user) {
        for (auto position = trainMatrix.rowOffsets()[user];
             position < trainMatrix.rowOffsets()[user + 1]; ++position) {
            const auto item = trainMatrix.columnIndices()[position];
            const auto original = data.matrix().rowColumns(user);
            const auto found =
                std::lower_bound(original.begin(), original.end(), item) - original.begin();
            EXPECT_EQ(split.train.lastTimestampsSeconds()[position],
                      data.lastTimestampsSeconds()[data.matrix().rowOffsets()[user] +
                                                   static_cast<std::size_t>(found)]);
        }
    }
}

TEST(TrainTestSplitTest, IsDeterministicForASeedAndIndependentOfUserOrder) {
    const auto data = makeData();
    const auto first = splitPerUser(data, SplitOptions{0.25, 5, 11});
    const auto again = splitPerUser(data, SplitOptions{0.25, 5, 11});
    EXPECT_EQ(first.test, again.test);
    EXPECT_EQ(first.train.matrix(), again.train.matrix());

    const auto other = splitPerUser(data, SplitOptions{0.25, 5, 12});
    EXPECT_NE(first.test, other.test);

    const auto reordered = makeData(true);
    const auto reorderedSplit = splitPerUser(reordered, SplitOptions{0.25, 5, 11});
    for (std::size_t user = 0; user < kSizes.size(); ++user) {
        const auto id = "user" + std::to_string(user);
        EXPECT_EQ(testItemsOf(data, first, id), testItemsOf(reordered, reorderedSplit, id)) << id;
    }
}

TEST(TrainTestSplitTest, RejectsAFractionOutsideZeroToOne) {
    EXPECT_THROW(splitPerUser(makeData(), SplitOptions{1.0, 5, 1}), SpecError);
    EXPECT_THROW(splitPerUser(makeData(), SplitOptions{0.0, 5, 1}), SpecError);
}

}  // namespace
}  // namespace recops::engine
