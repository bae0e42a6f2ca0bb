// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The serving facade end to end on generated data: filters, explain mode, the cold-start
// fallback, run-time availability, item-to-item, loading from artifacts, and concurrency.
#include "engine/serving_model.h"

#include "engine/engine_error.h"
#include "engine/interaction_dataset_builder.h"
#include "engine/synthetic_data_generator.h"
#include "engine_test_data.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <thread>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

struct Fixture {
    SyntheticDataGenerator generator;
    std::vector<InteractionEvent> events;
    InteractionDataset data;

    Fixture() : generator(options()) {
        InteractionDatasetBuilder builder;
        generator.generate([&](const InteractionEvent& event) {
            events.push_back(event);
            builder.add(event);
        });
        data = builder.build();
    }
    static SyntheticOptions options() {
        SyntheticOptions options;
        options.users = 300;
        options.items = 200;
        options.events = 15000;
        options.unavailableShare = 0.05;
        return options;
    }
    /// One user's events as a request history (views into `events`).
    std::vector<HistoryEvent> historyOf(const std::string& userId) const {
        std::vector<HistoryEvent> history;
        for (const auto& event : events) {
            if (event.userId == userId) {
                history.push_back({event.itemId, event.type, event.value, event.timestampSeconds});
            }
        }
        return history;
    }
    /// The generator's entry for an item id "i<n>" (model indices differ from n).
    const ItemMetadata& metadataOf(std::string_view itemId) const {
        return generator.items().at(std::stoul(std::string(itemId.substr(1))));
    }
    std::int64_t end() const {
        return options().startSeconds + static_cast<std::int64_t>(options().durationDays * 86400);
    }
};

const Fixture& fixture() {
    static const Fixture instance;
    return instance;
}

std::shared_ptr<const ServingModel> serve(std::string_view algorithm, ServingOptions options = {}) {
    const auto& f = fixture();
    return ServingModel::create(ModelBundle::train(f.data, algorithm, EventWeights{}),
                                f.generator.items(), std::move(options));
}

std::set<std::string> idsOf(const RecommendationResult& result) {
    std::set<std::string> ids;
    for (const auto& item : result.items) {
        ids.emplace(item.itemId);
    }
    return ids;
}

TEST(ServingModelTest, RecommendsUnseenAvailableItemsBestFirst) {
    const auto& f = fixture();
    const auto model = serve("als:factors=16,iterations=5");
    const auto history = f.historyOf("u3");
    ASSERT_GT(history.size(), 3U);
    RecommendationRequest request;
    request.history = history;
    request.count = 15;
    request.nowSeconds = f.end();
    const auto result = model->recommend(request);
    EXPECT_FALSE(result.fallback);
    ASSERT_EQ(result.items.size(), 15U);
    std::set<std::string_view> seen;
    for (const auto& event : history) {
        seen.insert(event.itemId);
    }
    for (std::size_t rank = 0; rank < result.items.size(); ++rank) {
        const auto& item = result.items[rank];
        EXPECT_EQ(seen.count(item.itemId), 0U) << item.itemId;
        EXPECT_TRUE(model->isAvailable(item.itemId)) << item.itemId;
        EXPECT_EQ(item.sources, 0) << "sources are explain-only";
        if (rank > 0) {
            EXPECT_GE(result.items[rank - 1].score, item.score);
        }
    }
    // With seen items allowed, the user's own favourites may come back.
    request.excludeSeen = false;
    const auto withSeen = model->recommend(request);
    EXPECT_TRUE(std::any_of(withSeen.items.begin(), withSeen.items.end(),
                            [&seen](const auto& item) { return seen.count(item.itemId) > 0; }));
}

TEST(ServingModelTest, ExplainModeReportsSourcesAndComponentsThatAddUp) {
    const auto& f = fixture();
    RankingWeights weights;
    weights.popularity = 0.3;
    weights.freshness = 0.2;
    weights.categoryAffinity = 0.4;
    ServingOptions options;
    options.ranker = std::make_shared<Ranker>(weights);
    const auto model = serve("als:factors=16,iterations=5", options);
    const auto history = f.historyOf("u7");
    RecommendationRequest request;
    request.history = history;
    request.explain = true;
    request.nowSeconds = f.end();
    const auto result = model->recommend(request);
    ASSERT_FALSE(result.items.empty());
    bool sawEmbedding = false;
    for (const auto& item : result.items) {
        EXPECT_NE(item.sources, 0);
        sawEmbedding |= (item.sources & sourceBit(CandidateSource::Embedding)) != 0;
        const auto& parts = item.components;
        for (const float part :
             {parts.model, parts.popularity, parts.freshness, parts.categoryAffinity}) {
            EXPECT_GE(part, 0.0F);
            EXPECT_LE(part, 1.0F);
        }
        EXPECT_NEAR(parts.relevance,
                    parts.model + 0.3 * parts.popularity + 0.2 * parts.freshness +
                        0.4 * parts.categoryAffinity,
                    1e-5);
        EXPECT_FLOAT_EQ(item.score, parts.relevance);
    }
    EXPECT_TRUE(sawEmbedding);
    EXPECT_EQ(candidateSourceNames(sourceBit(CandidateSource::Popular) |
                                   sourceBit(CandidateSource::Fresh)),
              (std::vector<std::string_view>{"popular", "fresh"}));
}

TEST(ServingModelTest, ColdStartUsersGetThePopularityFallback) {
    const auto& f = fixture();
    const auto model = serve("als:factors=16,iterations=5");
    RecommendationRequest request;
    request.count = 5;
    request.explain = true;
    request.nowSeconds = f.end();
    const auto result = model->recommend(request);
    EXPECT_TRUE(result.fallback);
    ASSERT_EQ(result.items.size(), 5U);
    for (const auto& item : result.items) {
        EXPECT_EQ(item.sources &
                      ~(sourceBit(CandidateSource::Popular) | sourceBit(CandidateSource::Fresh)),
                  0);
    }
    // The most popular available item leads (model weight dominates the blend).
    const auto& popularity = model->bundle().popularity();
    const auto top = std::find_if(
        popularity.ranking().begin(), popularity.ranking().end(),
        [&](ItemIndex item) { return model->isAvailable(model->bundle().items().id(item)); });
    EXPECT_EQ(result.items.front().item, *top);
    // A history made only of unknown items is no history.
    const std::vector<HistoryEvent> unknown{{"no-such-item", "view", 0.0, 1}};
    request.history = unknown;
    EXPECT_TRUE(model->recommend(request).fallback);
}

TEST(ServingModelTest, AvailabilityAndExclusionsApplyAtRunTime) {
    const auto& f = fixture();
    const auto model = serve("ease:lambda=50");
    const auto history = f.historyOf("u11");
    RecommendationRequest request;
    request.history = history;
    request.nowSeconds = f.end();
    const auto before = model->recommend(request);
    ASSERT_FALSE(before.items.empty());
    const std::string first(before.items.front().itemId);
    EXPECT_TRUE(model->setAvailable(first, false));
    EXPECT_FALSE(model->isAvailable(first));
    EXPECT_EQ(idsOf(model->recommend(request)).count(first), 0U);
    model->setAvailable(first, true);
    EXPECT_EQ(idsOf(model->recommend(request)).count(first), 1U);
    EXPECT_FALSE(model->setAvailable("no-such-item", false));

    const std::vector<std::string> exclude{first, std::string(before.items[1].itemId), "unknown"};
    request.exclude = exclude;
    const auto excluded = idsOf(model->recommend(request));
    EXPECT_EQ(excluded.count(exclude[0]) + excluded.count(exclude[1]), 0U);
    // Items the catalog marks unavailable are never recommended.
    for (const auto& item : f.generator.items()) {
        if (!item.available) {
            EXPECT_FALSE(model->isAvailable(item.itemId));
            EXPECT_EQ(excluded.count(item.itemId), 0U);
        }
    }
}

TEST(ServingModelTest, ModelsWithoutEmbeddingsUseTheirOwnTopItemsAndCategoryDiversity) {
    const auto& f = fixture();
    auto ranker = std::make_shared<Ranker>();
    ServingOptions options;
    options.ranker = ranker;
    const auto model = serve("itemknn:neighbours=30", options);
    EXPECT_EQ(model->retriever(), nullptr);
    // The most active user: their taste is well known, so plain recommendations cluster.
    std::size_t heaviest = 0;
    for (std::size_t user = 1; user < f.data.userCount(); ++user) {
        if (f.data.matrix().rowSize(user) > f.data.matrix().rowSize(heaviest)) {
            heaviest = user;
        }
    }
    const auto history = f.historyOf(f.data.users().id(static_cast<UserIndex>(heaviest)));
    RecommendationRequest request;
    request.history = history;
    request.explain = true;
    request.count = 8;
    request.nowSeconds = f.end();
    // Pairs of recommended items that share a category.
    const auto overlappingPairs = [&f](const RecommendationResult& result) {
        std::size_t pairs = 0;
        for (std::size_t a = 0; a < result.items.size(); ++a) {
            for (std::size_t b = a + 1; b < result.items.size(); ++b) {
                const auto& left = f.metadataOf(result.items[a].itemId).categories;
                const auto& right = f.metadataOf(result.items[b].itemId).categories;
                pairs += std::any_of(left.begin(), left.end(),
                                     [&right](const auto& category) {
                                         return std::find(right.begin(), right.end(), category) !=
                                                right.end();
                                     })
                             ? 1
                             : 0;
            }
        }
        return pairs;
    };
    const auto plain = model->recommend(request);
    ASSERT_EQ(plain.items.size(), 8U);
    EXPECT_TRUE(std::any_of(plain.items.begin(), plain.items.end(), [](const auto& item) {
        return (item.sources & sourceBit(CandidateSource::Model)) != 0;
    }));
    // The same ranker switched at run time to pure diversity (lambda 0): with 20 categories
    // in the candidate pool, no two of the 8 items need share one, so none do.
    RankingWeights diverse;
    diverse.mmrLambda = 0.0;
    ranker->setWeights(diverse);
    const auto varied = model->recommend(request);
    ASSERT_EQ(varied.items.size(), 8U);
    EXPECT_EQ(overlappingPairs(varied), 0U);
    EXPECT_LE(overlappingPairs(varied), overlappingPairs(plain));
    EXPECT_EQ(varied.items.front().itemId, plain.items.front().itemId);
}

TEST(ServingModelTest, SimilarItemsAreRelatedAvailableAndNotTheItemItself) {
    const auto model = serve("als:factors=16,iterations=5");
    EXPECT_FALSE(model->similarItems("no-such-item", 5).has_value());
    const auto similar = model->similarItems("i0", 10);
    ASSERT_TRUE(similar.has_value());
    EXPECT_EQ(similar->size(), 10U);
    for (const auto& item : *similar) {
        EXPECT_NE(item.itemId, "i0");
        EXPECT_TRUE(model->isAvailable(item.itemId));
    }
    // Related items share the item's latent cluster more often than chance (1/16).
    const auto& clusters = fixture().generator.itemClusters();
    std::size_t sameCluster = 0;
    for (const auto& item : *similar) {
        sameCluster += clusters[std::stoul(std::string(item.itemId.substr(1)))] == clusters[0]
                           ? 1
                           : 0;  // "i<n>"
    }
    EXPECT_GE(sameCluster, 3U);
}

// The memo of item neighbours changes the cost of item-to-item candidates, never the
// answers: with the exact retriever, memoised lists filtered per request give what a fresh
// filtered search gives, on the first request (stored) and the next ones (reused), after an
// availability change as before it.
TEST(ServingModelTest, MemoisedNeighboursAnswerAsAFreshSearchDoes) {
    const auto& f = fixture();
    const auto trained = serve("als:factors=16,iterations=5");
    testing::ScratchDirectory directory;
    trained->bundle().save(directory.path(), trained->retriever());
    ServingOptions searchEveryTime;
    searchEveryTime.candidates.memoisedNeighbourLists = 0;
    const auto reference =
        ServingModel::load(directory.path(), f.generator.items(), searchEveryTime);
    const auto memoised = ServingModel::load(directory.path(), f.generator.items());
    ASSERT_EQ(memoised->retriever()->spec(), "brute");
    const auto& memo = memoised->candidates().neighbourMemo();
    EXPECT_EQ(memo.storedLists(), 0U);

    const auto sameAnswers = [&](const std::string& when) {
        for (const std::string user : {"u1", "u2", "u7", "u40"}) {
            RecommendationRequest request;
            const auto history = f.historyOf(user);
            request.history = history;
            request.nowSeconds = f.end();
            request.count = 20;
            const auto expected = reference->recommend(request);
            const auto actual = memoised->recommend(request);
            ASSERT_EQ(actual.items.size(), expected.items.size()) << when << " " << user;
            for (std::size_t rank = 0; rank < actual.items.size(); ++rank) {
                EXPECT_EQ(actual.items[rank].itemId, expected.items[rank].itemId)
                    << when << " " << user << " rank " << rank;
                EXPECT_FLOAT_EQ(actual.items[rank].score, expected.items[rank].score);
            }
        }
        for (const ItemIndex index : {0U, 3U, 50U}) {
            const std::string item(memoised->bundle().items().id(index));
            const auto expected = reference->similarItems(item, 15);
            const auto actual = memoised->similarItems(item, 15);
            ASSERT_TRUE(expected && actual) << item;
            const auto ids = [](const std::vector<Recommendation>& list) {
                std::vector<std::string> result;
                for (const auto& entry : list) {
                    result.emplace_back(entry.itemId);
                }
                return result;
            };
            EXPECT_EQ(ids(*actual), ids(*expected)) << when << " " << item;
        }
    };
    sameAnswers("first requests");
    const std::size_t stored = memo.storedLists();
    EXPECT_GT(stored, 3U);  // at least the three similar-items seeds, and the users' seeds
    sameAnswers("memoised");
    EXPECT_EQ(memo.storedLists(), stored);  // the same seeds: nothing searched again
    // Half of i0's neighbours become unavailable: the stored list is filtered, and where too
    // few pass, a fresh search looks further.
    const auto neighbours = reference->similarItems("i0", 20);
    ASSERT_TRUE(neighbours);
    for (std::size_t rank = 0; rank < neighbours->size(); rank += 2) {
        reference->setAvailable((*neighbours)[rank].itemId, false);
        memoised->setAvailable((*neighbours)[rank].itemId, false);
    }
    sameAnswers("after availability changed");
    EXPECT_GT(memoised->memoryBytes(), reference->memoryBytes());
}

TEST(ServingModelTest, LoadsFromArtifactsWithTheSavedIndexAndAnswersTheSame) {
    const auto& f = fixture();
    ServingOptions options;
    options.retrieval.approximateAbove = 0;  // force HNSW on this small catalog
    const auto trained = serve("als:factors=16,iterations=5", options);
    ASSERT_NE(trained->retriever(), nullptr);
    EXPECT_EQ(trained->retriever()->spec(), options.retrieval.approximateSpec);
    testing::ScratchDirectory directory;
    const auto files = trained->bundle().save(directory.path(), trained->retriever());
    EXPECT_TRUE(std::any_of(files.begin(), files.end(),
                            [](const auto& file) { return file.parent_path() == "retrieval"; }));
    const auto loaded = ServingModel::load(directory.path(), f.generator.items(), options);
    const auto history = f.historyOf("u2");
    RecommendationRequest request;
    request.history = history;
    request.nowSeconds = f.end();
    const auto expected = trained->recommend(request);
    const auto actual = loaded->recommend(request);
    ASSERT_EQ(actual.items.size(), expected.items.size());
    for (std::size_t rank = 0; rank < actual.items.size(); ++rank) {
        EXPECT_EQ(actual.items[rank].itemId, expected.items[rank].itemId);
        EXPECT_FLOAT_EQ(actual.items[rank].score, expected.items[rank].score);
    }
    EXPECT_GT(loaded->memoryBytes(), loaded->bundle().model().memoryBytes());
}

TEST(ServingModelTest, ASavedIndexServesAnotherEfSearchButNotAnotherGraph) {
    const auto& f = fixture();
    ServingOptions options;
    options.retrieval.approximateAbove = 0;
    const auto trained = serve("als:factors=16,iterations=5", options);
    testing::ScratchDirectory directory;
    trained->bundle().save(directory.path(), trained->retriever());
    // Damage the saved index: a load that uses it fails, one that rebuilds does not.
    std::filesystem::resize_file(directory.path() / "retrieval" / "hnsw_index.bin", 64);

    ServingOptions otherSearch = options;
    otherSearch.retrieval.approximateSpec = "hnsw:M=32,ef_construction=100,ef_search=32";
    EXPECT_THROW(ServingModel::load(directory.path(), f.generator.items(), otherSearch),
                 ArtifactError);
    ServingOptions otherGraph = options;
    otherGraph.retrieval.approximateSpec = "hnsw:M=16,ef_construction=100,ef_search=128";
    const auto rebuilt = ServingModel::load(directory.path(), f.generator.items(), otherGraph);
    EXPECT_EQ(rebuilt->retriever()->spec(), otherGraph.retrieval.approximateSpec);
}

TEST(ServingModelTest, ConcurrentRequestsAgreeWithSerialOnesWhileAvailabilityChanges) {
    const auto& f = fixture();
    const auto model = serve("als:factors=16,iterations=5");
    std::vector<std::vector<HistoryEvent>> histories;
    for (int user = 0; user < 8; ++user) {
        std::string userId("u");
        userId += std::to_string(user);
        histories.push_back(f.historyOf(userId));
    }
    const auto ask = [&](std::size_t user) {
        RecommendationRequest request;
        request.history = histories[user];
        request.nowSeconds = f.end();
        std::vector<std::string> ids;
        for (const auto& item : model->recommend(request).items) {
            ids.emplace_back(item.itemId);
        }
        return ids;
    };
    std::vector<std::vector<std::string>> serial;
    for (std::size_t user = 0; user < histories.size(); ++user) {
        serial.push_back(ask(user));
    }
    // An item none of these users is recommended flips availability the whole time.
    std::set<std::string> recommended;
    for (const auto& ids : serial) {
        recommended.insert(ids.begin(), ids.end());
    }
    std::string flipping;
    for (const auto& item : f.generator.items()) {
        if (item.available && recommended.count(item.itemId) == 0) {
            flipping = item.itemId;
            break;
        }
    }
    std::atomic<bool> done = false;
    std::thread flipper([&] {
        for (bool available = false; !done.load(); available = !available) {
            model->setAvailable(flipping, available);
        }
    });
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> workers;
    for (int thread = 0; thread < 4; ++thread) {
        workers.emplace_back([&, thread] {
            for (int round = 0; round < 25; ++round) {
                const auto user = static_cast<std::size_t>((thread + round) % 8);
                if (ask(user) != serial[user]) {
                    ++mismatches;
                }
            }
        });
    }
    for (auto& worker : workers) {
        worker.join();
    }
    done = true;
    flipper.join();
    EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace recops::engine
