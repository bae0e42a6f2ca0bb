// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/ranker.h"

#include "engine/engine_error.h"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

std::vector<ItemIndex> itemsOf(const std::vector<RankedItem>& ranked) {
    std::vector<ItemIndex> items;
    for (const auto& item : ranked) {
        items.push_back(item.item);
    }
    return items;
}

RankingCandidate candidate(ItemIndex item, float model, float popularity = 0.0F,
                           float freshness = 0.0F, float affinity = 0.0F) {
    return {item, sourceBit(CandidateSource::Embedding), model, popularity, freshness, affinity};
}

/// Items 0 and 1 are identical, item 2 is unlike both.
class TwinSimilarity final : public ItemSimilarity {
public:
    float similarity(ItemIndex left, ItemIndex right) const override {
        return (left <= 1 && right <= 1) ? 1.0F : 0.0F;
    }
};

TEST(RankerTest, BlendsNormalisedComponentsByTheWeights) {
    const std::vector<RankingCandidate> candidates{candidate(0, 2.0F, 1.0F, 0.2F, 0.0F),
                                                   candidate(1, 4.0F, 0.0F, 0.0F, 1.0F),
                                                   candidate(2, 3.0F, 0.5F, 1.0F, 0.5F)};
    RankingWeights weights;
    weights.model = 1.0;
    weights.popularity = 0.5;
    weights.freshness = 0.0;
    weights.categoryAffinity = 0.0;
    std::vector<RankedItem> ranked;
    Ranker::rank(candidates, 3, weights, nullptr, ranked);
    // Model scores 2, 4, 3 normalise to 0, 1, 0.5; relevance 0.5, 1, 0.75.
    ASSERT_EQ(itemsOf(ranked), (std::vector<ItemIndex>{1, 2, 0}));
    EXPECT_FLOAT_EQ(ranked[0].score, 1.0F);
    EXPECT_FLOAT_EQ(ranked[1].score, 0.75F);
    EXPECT_FLOAT_EQ(ranked[2].components.model, 0.0F);
    EXPECT_FLOAT_EQ(ranked[2].components.popularity, 1.0F);
    EXPECT_FLOAT_EQ(ranked[2].components.freshness, 0.2F);
    EXPECT_FLOAT_EQ(ranked[2].score, 0.5F);

    weights.model = 0.0;
    weights.categoryAffinity = 2.0;
    ranked.clear();
    Ranker::rank(candidates, 2, weights, nullptr, ranked);
    EXPECT_EQ(itemsOf(ranked), (std::vector<ItemIndex>{1, 2}));
}

TEST(RankerTest, EqualModelScoresNormaliseToOneAndShortListsStayShort) {
    const std::vector<RankingCandidate> candidates{candidate(5, 3.0F), candidate(4, 3.0F)};
    std::vector<RankedItem> ranked;
    Ranker::rank(candidates, 10, RankingWeights{}, nullptr, ranked);
    ASSERT_EQ(ranked.size(), 2U);
    EXPECT_FLOAT_EQ(ranked[0].components.model, 1.0F);
    EXPECT_EQ(ranked[0].item, 4U);  // ties: lower index first
}

TEST(RankerTest, MmrTradesRelevanceForVariety) {
    const std::vector<RankingCandidate> candidates{candidate(0, 1.0F), candidate(1, 0.95F),
                                                   candidate(2, 0.7F), candidate(3, 0.0F)};
    // Model scores already span [0, 1], so relevance equals the model score.
    RankingWeights weights;
    weights.popularity = 0.0;
    weights.freshness = 0.0;
    weights.categoryAffinity = 0.0;
    const TwinSimilarity similarity;
    std::vector<RankedItem> ranked;
    Ranker::rank(candidates, 3, weights, &similarity, ranked);
    EXPECT_EQ(itemsOf(ranked), (std::vector<ItemIndex>{0, 1, 2}));  // lambda 1: relevance only

    weights.mmrLambda = 0.5;
    ranked.clear();
    Ranker::rank(candidates, 4, weights, &similarity, ranked);
    // After item 0, item 1 is worth 0.5 * 0.95 - 0.5 * 1 < 0.5 * 0.7: the unlike item 2
    // comes first, and even the irrelevant item 3 (worth 0) beats the near-duplicate.
    EXPECT_EQ(itemsOf(ranked), (std::vector<ItemIndex>{0, 2, 3, 1}));
    EXPECT_FLOAT_EQ(ranked[0].components.diversityPenalty, 0.0F);
    EXPECT_FLOAT_EQ(ranked[3].components.diversityPenalty, 0.5F);
    EXPECT_FLOAT_EQ(ranked[3].score, 0.95F);
}

TEST(RankerTest, ValidatesAndPublishesNewWeights) {
    Ranker ranker;
    RankingWeights bad;
    bad.mmrLambda = 2.0;
    EXPECT_THROW(ranker.setWeights(bad), SpecError);
    EXPECT_EQ(*ranker.weights(), RankingWeights{});
    RankingWeights popularOnly;
    popularOnly.model = 0.0;
    popularOnly.popularity = 1.0;
    ranker.setWeights(popularOnly);
    const std::vector<RankingCandidate> candidates{candidate(0, 5.0F, 0.1F),
                                                   candidate(1, 1.0F, 0.9F)};
    std::vector<RankedItem> ranked;
    ranker.rank(candidates, 1, nullptr, ranked);
    EXPECT_EQ(itemsOf(ranked), (std::vector<ItemIndex>{1}));
}

TEST(RankerTest, ReadersAlwaysSeeOneWholeSetOfWeightsWhileTheyChange) {
    RankingWeights first;
    first.model = 1.0;
    first.popularity = 1.0;
    Ranker ranker(first);
    RankingWeights second;
    second.model = 2.0;
    second.popularity = 2.0;
    std::atomic<bool> done = false;
    std::atomic<int> mixed = 0;
    std::vector<std::thread> readers;
    for (int thread = 0; thread < 3; ++thread) {
        readers.emplace_back([&] {
            while (!done.load()) {
                const auto weights = ranker.weights();
                if (weights->model != weights->popularity) {
                    ++mixed;
                }
                const RankingWeights& current = ranker.current();
                if (current.model != current.popularity) {
                    ++mixed;
                }
            }
        });
    }
    for (int round = 0; round < 2000; ++round) {
        ranker.setWeights(round % 2 == 0 ? first : second);
    }
    done = true;
    for (auto& reader : readers) {
        reader.join();
    }
    EXPECT_EQ(mixed.load(), 0);
    EXPECT_EQ(*ranker.weights(), second);
}

TEST(RankerTest, EachThreadSeesTheLatestWeightsOfEachRanker) {
    RankingWeights first;
    first.popularity = 0.5;
    RankingWeights second;
    second.popularity = 0.7;
    Ranker one(first);
    Ranker two(second);
    // Alternating between two rankers on one thread must not serve one's weights for the other.
    EXPECT_EQ(one.current(), first);
    EXPECT_EQ(two.current(), second);
    EXPECT_EQ(one.current(), first);
    one.setWeights(second);
    EXPECT_EQ(one.current(), second);
    RankingWeights seenElsewhere;
    std::thread other([&] { seenElsewhere = one.current(); });
    other.join();
    EXPECT_EQ(seenElsewhere, second);
    two.setWeights(first);
    EXPECT_EQ(two.current(), first);
}

}  // namespace
}  // namespace recops::engine
