// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/synthetic_data_generator.h"

#include "engine/engine_error.h"
#include "engine_test_data.h"

#include <algorithm>
#include <fstream>
#include <map>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

SyntheticOptions smallOptions(std::uint64_t seed = 42) {
    SyntheticOptions options;
    options.users = 500;
    options.items = 1000;
    options.events = 50000;
    options.seed = seed;
    return options;
}

std::vector<InteractionEvent> collect(const SyntheticDataGenerator& generator) {
    std::vector<InteractionEvent> events;
    generator.generate([&events](const InteractionEvent& event) { events.push_back(event); });
    return events;
}

bool sameEvents(const std::vector<InteractionEvent>& left,
                const std::vector<InteractionEvent>& right) {
    return std::equal(left.begin(), left.end(), right.begin(), right.end(),
                      [](const InteractionEvent& a, const InteractionEvent& b) {
                          return a.userId == b.userId && a.itemId == b.itemId && a.type == b.type &&
                                 a.value == b.value && a.timestampSeconds == b.timestampSeconds;
                      });
}

TEST(SyntheticDataGeneratorTest, IsDeterministicPerSeed) {
    const auto first = collect(SyntheticDataGenerator(smallOptions()));
    const auto again = collect(SyntheticDataGenerator(smallOptions()));
    const auto other = collect(SyntheticDataGenerator(smallOptions(43)));
    ASSERT_EQ(first.size(), 50000U);
    EXPECT_TRUE(sameEvents(first, again));
    EXPECT_FALSE(sameEvents(first, other));
    const SyntheticDataGenerator a(smallOptions());
    const SyntheticDataGenerator b(smallOptions());
    for (std::size_t item = 0; item < a.items().size(); ++item) {
        EXPECT_EQ(a.items()[item].categories, b.items()[item].categories);
        EXPECT_EQ(a.items()[item].createdAtSeconds, b.items()[item].createdAtSeconds);
    }
}

TEST(SyntheticDataGeneratorTest, ItemPopularityFollowsAPowerLaw) {
    const auto events = collect(SyntheticDataGenerator(smallOptions()));
    std::map<std::string, std::size_t> perItem;
    for (const auto& event : events) {
        ++perItem[event.itemId];
    }
    std::vector<std::size_t> counts;
    for (const auto& [item, count] : perItem) {
        counts.push_back(count);
    }
    counts.resize(1000, 0);  // items never drawn count as zero
    std::sort(counts.rbegin(), counts.rend());
    std::size_t topTenth = 0;
    for (std::size_t rank = 0; rank < 100; ++rank) {
        topTenth += counts[rank];
    }
    EXPECT_GT(static_cast<double>(topTenth) / static_cast<double>(events.size()), 0.5);
    // And a long tail: the median item is far below the head.
    EXPECT_LT(counts[500] * 20, counts[0]);
}

TEST(SyntheticDataGeneratorTest, EventsAreOrderedInTimeAndOnlyTouchExistingItems) {
    const SyntheticDataGenerator generator(smallOptions());
    const auto events = collect(generator);
    const auto& options = generator.options();
    const auto end = options.startSeconds + static_cast<std::int64_t>(options.durationDays * 86400);
    std::map<std::string, std::int64_t> createdAt;
    for (const auto& item : generator.items()) {
        createdAt[item.itemId] = item.createdAtSeconds;
    }
    std::map<std::string, std::size_t> types;
    for (std::size_t index = 0; index < events.size(); ++index) {
        const auto& event = events[index];
        EXPECT_GE(event.timestampSeconds, options.startSeconds);
        EXPECT_LT(event.timestampSeconds, end);
        if (index > 0) {
            ASSERT_GE(event.timestampSeconds, events[index - 1].timestampSeconds);
        }
        ASSERT_LE(createdAt.at(event.itemId), event.timestampSeconds) << event.itemId;
        ++types[event.type];
        if (event.type == "rate") {
            EXPECT_GE(event.value, 1.0);
            EXPECT_LE(event.value, 5.0);
            EXPECT_EQ(event.value, std::round(event.value));
        }
    }
    const auto share = [&](const char* type) {
        return static_cast<double>(types[type]) / static_cast<double>(events.size());
    };
    EXPECT_NEAR(share("view"), 0.65, 0.05);
    EXPECT_NEAR(share("click"), 0.20, 0.03);
    EXPECT_NEAR(share("complete"), 0.10, 0.05);
    EXPECT_NEAR(share("rate"), 0.05, 0.01);
}

TEST(SyntheticDataGeneratorTest, UsersConcentrateOnTheirTasteCluster) {
    const SyntheticDataGenerator generator(smallOptions());
    std::map<std::string, std::map<std::uint32_t, std::size_t>> clustersOf;
    generator.generate([&](const InteractionEvent& event) {
        ++clustersOf[event.userId][generator.itemClusters()[std::stoul(event.itemId.substr(1))]];
    });
    std::size_t inTopCluster = 0;
    std::size_t total = 0;
    for (const auto& [user, clusters] : clustersOf) {
        std::size_t largest = 0;
        for (const auto& [cluster, count] : clusters) {
            largest = std::max(largest, count);
            total += count;
        }
        inTopCluster += largest;
    }
    // 70% of each user's events come from the primary cluster (plus chance hits).
    EXPECT_GT(static_cast<double>(inTopCluster) / static_cast<double>(total), 0.6);
}

TEST(SyntheticDataGeneratorTest, WritesEventAndCatalogCsvFiles) {
    auto options = smallOptions();
    options.events = 1234;
    const SyntheticDataGenerator generator(options);
    testing::ScratchDirectory directory;
    EXPECT_EQ(generator.writeEventsCsv(directory.path() / "events.csv"), 1234U);
    generator.writeItemsCsv(directory.path() / "items.csv");
    std::ifstream events(directory.path() / "events.csv");
    std::string line;
    std::getline(events, line);
    EXPECT_EQ(line, "user_id,item_id,value,timestamp,type");
    std::size_t lines = 0;
    while (std::getline(events, line)) {
        ++lines;
        EXPECT_EQ(std::count(line.begin(), line.end(), ','), 4) << line;
    }
    EXPECT_EQ(lines, 1234U);
    std::ifstream items(directory.path() / "items.csv");
    std::getline(items, line);
    EXPECT_EQ(line, "item_id,categories,created_at,available");
    std::getline(items, line);
    EXPECT_EQ(line.rfind("i0,c", 0), 0U) << line;
}

TEST(SyntheticDataGeneratorTest, RejectsEmptyShapes) {
    auto options = smallOptions();
    options.items = 0;
    EXPECT_THROW(SyntheticDataGenerator{options}, SpecError);
}

}  // namespace
}  // namespace recops::engine
