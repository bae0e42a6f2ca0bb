// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The memo of item neighbours: one list per item, the first published wins, the budget
// holds under racing publishers, and nothing outside the catalog is stored.
#include "engine/neighbour_memo.h"

#include <array>
#include <thread>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

std::vector<ScoredItem> listOf(ItemIndex first, std::size_t length) {
    std::vector<ScoredItem> list;
    for (std::size_t rank = 0; rank < length; ++rank) {
        list.push_back(
            {static_cast<ItemIndex>(first + rank), 1.0F - 0.1F * static_cast<float>(rank)});
    }
    return list;
}

TEST(NeighbourMemoTest, KeepsTheFirstListPublishedForAnItem) {
    const NeighbourMemo memo(10, 4, 10);
    EXPECT_EQ(memo.find(3), nullptr);
    const auto* stored = memo.publish(3, listOf(5, 4));
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(*stored, listOf(5, 4));
    EXPECT_EQ(memo.find(3), stored);
    // A second publisher gets the stored list back; its own is dropped.
    EXPECT_EQ(memo.publish(3, listOf(7, 4)), stored);
    EXPECT_EQ(*memo.find(3), listOf(5, 4));
    EXPECT_EQ(memo.storedLists(), 1U);
    EXPECT_EQ(memo.find(4), nullptr);
}

TEST(NeighbourMemoTest, StoresNoMoreListsThanItsBudget) {
    const NeighbourMemo memo(10, 4, 2);
    EXPECT_NE(memo.publish(0, listOf(1, 4)), nullptr);
    EXPECT_NE(memo.publish(1, listOf(2, 4)), nullptr);
    EXPECT_EQ(memo.publish(2, listOf(3, 4)), nullptr);
    EXPECT_EQ(memo.find(2), nullptr);
    EXPECT_EQ(memo.storedLists(), 2U);
    const std::size_t twoLists = memo.memoryBytes();
    EXPECT_GT(twoLists, NeighbourMemo(10, 4, 2).memoryBytes());

    const NeighbourMemo none(10, 4, 0);
    EXPECT_EQ(none.publish(0, listOf(1, 4)), nullptr);
    EXPECT_EQ(none.memoryBytes(), 0U);
}

TEST(NeighbourMemoTest, IgnoresItemsOutsideTheCatalog) {
    const NeighbourMemo memo(3, 4, 10);
    EXPECT_EQ(memo.publish(3, listOf(0, 2)), nullptr);
    EXPECT_EQ(memo.find(3), nullptr);
    EXPECT_EQ(memo.storedLists(), 0U);
}

TEST(NeighbourMemoTest, RacingPublishersAgreeOnOneListPerItemWithinTheBudget) {
    constexpr std::size_t kItems = 2000;
    constexpr std::size_t kBudget = 1500;
    const NeighbourMemo memo(kItems, 2, kBudget);
    constexpr std::size_t kThreads = 4;
    std::array<std::vector<const std::vector<ScoredItem>*>, kThreads> seen;
    std::vector<std::thread> threads;
    for (std::size_t thread = 0; thread < kThreads; ++thread) {
        threads.emplace_back([&, thread] {
            for (std::size_t item = 0; item < kItems; ++item) {
                // Each thread publishes its own list; all must end up with the same one.
                seen[thread].push_back(memo.publish(static_cast<ItemIndex>(item),
                                                    listOf(static_cast<ItemIndex>(thread), 2)));
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    std::size_t stored = 0;
    for (std::size_t item = 0; item < kItems; ++item) {
        const auto* kept = memo.find(static_cast<ItemIndex>(item));
        stored += kept != nullptr ? 1 : 0;
        for (std::size_t thread = 0; thread < kThreads; ++thread) {
            // A thread that found the budget spent got nothing; otherwise the kept list.
            EXPECT_TRUE(seen[thread][item] == kept || seen[thread][item] == nullptr) << item;
        }
    }
    EXPECT_EQ(stored, memo.storedLists());
    EXPECT_LE(stored, kBudget);
    // A publisher is refused only while the lists stored and the claims of the other
    // threads still in flight fill the budget, and refused claims are given back: the
    // budget ends full but for at most one claim per other thread.
    EXPECT_GE(stored, kBudget - (kThreads - 1));
}

}  // namespace
}  // namespace recops::engine
