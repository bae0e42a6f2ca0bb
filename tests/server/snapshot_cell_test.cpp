// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/snapshot_cell.h"

#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace recops::common {
namespace {

TEST(SnapshotCellTest, ReadSeesTheLatestPublishedSnapshot) {
    SnapshotCell<int> cell(std::make_shared<const int>(1));
    EXPECT_EQ(cell.read(), 1);
    cell.publish(std::make_shared<const int>(2));
    EXPECT_EQ(cell.read(), 2);
    EXPECT_EQ(*cell.acquire(), 2);
}

TEST(SnapshotCellTest, TwoCellsOfOneTypeNeverShareAThreadsCache) {
    SnapshotCell<int> first(std::make_shared<const int>(1));
    SnapshotCell<int> second(std::make_shared<const int>(2));
    EXPECT_EQ(first.read(), 1);
    EXPECT_EQ(second.read(), 2);
    EXPECT_EQ(first.read(), 1);
}

TEST(SnapshotCellTest, ReadersOnOtherThreadsSeeEachPublishAndNeverATornValue) {
    // Each snapshot holds a pair that is only ever published equal; a reader that saw a
    // half-replaced snapshot, or a freed one, would see the halves differ.
    using Pair = std::pair<long, long>;
    SnapshotCell<Pair> cell(std::make_shared<const Pair>(0, 0));
    std::atomic<bool> done{false};
    std::atomic<long> mismatches{0};
    std::atomic<long> highestSeen{0};
    std::vector<std::thread> readers;
    for (int reader = 0; reader < 3; ++reader) {
        readers.emplace_back([&] {
            while (!done.load()) {
                const Pair& pair = cell.read();
                if (pair.first != pair.second) {
                    ++mismatches;
                }
                long seen = highestSeen.load();
                while (pair.first > seen && !highestSeen.compare_exchange_weak(seen, pair.first)) {
                }
            }
        });
    }
    constexpr long kPublishes = 2000;
    for (long value = 1; value <= kPublishes; ++value) {
        cell.publish(std::make_shared<const Pair>(value, value));
    }
    // Wait (bounded) until a reader has seen the final snapshot.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (highestSeen.load() != kPublishes && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::yield();
    }
    done = true;
    for (auto& reader : readers) {
        reader.join();
    }
    EXPECT_EQ(mismatches.load(), 0);
    EXPECT_EQ(highestSeen.load(), kPublishes);
}

}  // namespace
}  // namespace recops::common
