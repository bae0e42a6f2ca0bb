// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Retrievers against the brute-force oracle: FAISS flat must agree exactly, HNSW must
// find at least 95% of the true top 10.
#include "engine/artifact_reader.h"
#include "engine/artifact_writer.h"
#include "engine/brute_force_retriever.h"
#include "engine/engine_error.h"
#include "engine/inner_product_storage.h"
#include "engine/retriever_factory.h"
#include "engine/seeded_random.h"
#include "engine_test_data.h"

#include <cmath>
#include <thread>

#include <gtest/gtest.h>

namespace recops::engine {
namespace {

constexpr std::size_t kDimension = 32;

/// Gaussian directions with log-normal lengths: inner-product search must cope with
/// vectors of unequal norm, as ALS item vectors are.
std::vector<float> itemVectors(std::size_t count, std::uint64_t seed) {
    auto vectors = testing::randomVectors(count, kDimension, seed);
    SeededRandom random(seed + 1);
    for (std::size_t item = 0; item < count; ++item) {
        const auto scale = static_cast<float>(std::exp(0.5 * random.normal()));
        for (std::size_t column = 0; column < kDimension; ++column) {
            vectors[item * kDimension + column] *= scale;
        }
    }
    return vectors;
}

std::vector<ScoredItem> search(const Retriever& retriever, std::span<const float> query,
                               std::size_t k, ItemFilter filter = {}) {
    std::vector<ScoredItem> found;
    retriever.search(query, k, filter, found);
    return found;
}

std::vector<ItemIndex> itemsOf(const std::vector<ScoredItem>& found) {
    std::vector<ItemIndex> items;
    for (const auto& item : found) {
        items.push_back(item.item);
    }
    return items;
}

TEST(RetrieverTest, FaissFlatEqualsBruteForceExactly) {
    const auto vectors = itemVectors(2000, 1);
    const auto queries = testing::randomVectors(50, kDimension, 2);
    BruteForceRetriever oracle;
    oracle.build(vectors, 2000, kDimension);
    const auto flat = RetrieverFactory::create("flat");
    flat->build(vectors, 2000, kDimension);
    EXPECT_EQ(flat->size(), 2000U);
    EXPECT_EQ(flat->dimension(), kDimension);
    const auto oddOnly = [](ItemIndex item) {
        return item % 2 == 1;
    };
    for (std::size_t q = 0; q < 50; ++q) {
        const std::span<const float> query(queries.data() + q * kDimension, kDimension);
        const auto expected = search(oracle, query, 10);
        const auto actual = search(*flat, query, 10);
        ASSERT_EQ(itemsOf(actual), itemsOf(expected)) << "query " << q;
        for (std::size_t rank = 0; rank < 10; ++rank) {
            EXPECT_NEAR(actual[rank].score, expected[rank].score, 1e-4F);
        }
        const auto filtered = search(*flat, query, 10, oddOnly);
        EXPECT_EQ(itemsOf(filtered), itemsOf(search(oracle, query, 10, oddOnly)));
        for (const auto& item : filtered) {
            EXPECT_EQ(item.item % 2, 1U);
        }
    }
}

// With the serving default's parameters.
TEST(RetrieverTest, HnswRecallAtTenIsAtLeastNinetyFivePercent) {
    const std::size_t count = 5000;
    const auto vectors = itemVectors(count, 3);
    const auto queries = testing::randomVectors(200, kDimension, 4);
    BruteForceRetriever oracle;
    oracle.build(vectors, count, kDimension);
    const auto hnsw = RetrieverFactory::create(RetrievalSettings{}.approximateSpec);
    hnsw->build(vectors, count, kDimension);
    std::size_t found = 0;
    for (std::size_t q = 0; q < 200; ++q) {
        const std::span<const float> query(queries.data() + q * kDimension, kDimension);
        const auto truth = itemsOf(search(oracle, query, 10));
        const auto approximate = search(*hnsw, query, 10);
        for (const auto& item : approximate) {
            found += std::count(truth.begin(), truth.end(), item.item);
        }
        // Scores are exact inner products, best first.
        for (std::size_t rank = 1; rank < approximate.size(); ++rank) {
            EXPECT_GE(approximate[rank - 1].score, approximate[rank].score);
        }
    }
    const double recall = static_cast<double>(found) / (200.0 * 10.0);
    EXPECT_GE(recall, 0.95);
}

TEST(RetrieverTest, HnswHonoursTheFilterAndSurvivesSaveAndLoad) {
    const auto vectors = itemVectors(1000, 5);
    const auto query = testing::randomVectors(1, kDimension, 6);
    const auto hnsw = RetrieverFactory::create("hnsw:M=16");
    hnsw->build(vectors, 1000, kDimension);
    const auto below500 = [](ItemIndex item) {
        return item < 500;
    };
    const auto filtered = search(*hnsw, query, 20, below500);
    ASSERT_EQ(filtered.size(), 20U);
    for (const auto& item : filtered) {
        EXPECT_LT(item.item, 500U);
    }

    testing::ScratchDirectory directory;
    ArtifactWriter writer(directory.path());
    ASSERT_TRUE(hnsw->persistent());
    hnsw->save(writer);
    const auto loaded = RetrieverFactory::create("hnsw:M=16");
    loaded->load(ArtifactReader(directory.path()));
    EXPECT_EQ(loaded->size(), 1000U);
    EXPECT_EQ(loaded->dimension(), kDimension);
    EXPECT_EQ(search(*loaded, query, 20, below500), filtered);
}

TEST(RetrieverTest, ConcurrentSearchesAgreeWithSerialOnes) {
    const auto vectors = itemVectors(3000, 7);
    const auto queries = testing::randomVectors(64, kDimension, 8);
    for (const auto* spec : {"flat", "hnsw:M=16,ef_search=64", "brute"}) {
        const auto retriever = RetrieverFactory::create(spec);
        retriever->build(vectors, 3000, kDimension);
        std::vector<std::vector<ScoredItem>> serial(64);
        for (std::size_t q = 0; q < 64; ++q) {
            serial[q] =
                search(*retriever,
                       std::span<const float>(queries.data() + q * kDimension, kDimension), 10);
        }
        std::vector<std::vector<ScoredItem>> parallel(64);
        std::vector<std::thread> threads;
        for (std::size_t thread = 0; thread < 4; ++thread) {
            threads.emplace_back([&, thread] {
                for (std::size_t q = thread; q < 64; q += 4) {
                    parallel[q] = search(
                        *retriever,
                        std::span<const float>(queries.data() + q * kDimension, kDimension), 10);
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        EXPECT_EQ(parallel, serial) << spec;
    }
}

TEST(RetrieverTest, TheVectorisedInnerProductEqualsTheSumForEveryLength) {
    const auto values = testing::randomVectors(2, 131, 9);
    for (const std::size_t dimension : {1U, 7U, 15U, 16U, 17U, 32U, 64U, 100U, 131U}) {
        double expected = 0.0;
        for (std::size_t position = 0; position < dimension; ++position) {
            expected += static_cast<double>(values[position]) * values[131 + position];
        }
        EXPECT_NEAR(innerProduct(values.data(), values.data() + 131, dimension), expected,
                    1e-4 * (1.0 + std::abs(expected)))
            << dimension;
    }
}

TEST(RetrieverTest, HnswScoresAreTheExactInnerProductsBeforeAndAfterLoading) {
    const auto vectors = itemVectors(600, 21);
    const auto query = testing::randomVectors(1, kDimension, 22);
    const auto hnsw = RetrieverFactory::create("hnsw:M=16");
    hnsw->build(vectors, 600, kDimension);
    testing::ScratchDirectory directory;
    ArtifactWriter writer(directory.path());
    hnsw->save(writer);
    const auto loaded = RetrieverFactory::create("hnsw:M=16");
    loaded->load(ArtifactReader(directory.path()));
    for (const auto* retriever : {hnsw.get(), loaded.get()}) {
        const auto found = search(*retriever, query, 10);
        ASSERT_EQ(found.size(), 10U);
        for (const auto& item : found) {
            double exact = 0.0;
            for (std::size_t column = 0; column < kDimension; ++column) {
                exact +=
                    static_cast<double>(query[column]) * vectors[item.item * kDimension + column];
            }
            EXPECT_NEAR(item.score, exact, 1e-4 * (1.0 + std::abs(exact)));
        }
    }
}

TEST(RetrieverTest, RejectsMismatchedShapes) {
    const auto flat = RetrieverFactory::create("flat");
    EXPECT_THROW(flat->build(std::vector<float>(10), 3, 3), EngineError);
    flat->build(std::vector<float>(9, 1.0F), 3, 3);
    std::vector<ScoredItem> out;
    EXPECT_THROW(flat->search(std::vector<float>(2), 1, {}, out), EngineError);
    const auto brute = RetrieverFactory::create("brute");
    EXPECT_THROW(brute->save(*std::make_unique<ArtifactWriter>(testing::ScratchDirectory().path())),
                 EngineError);
    // Asking for more than the catalog returns the catalog.
    EXPECT_EQ(search(*flat, std::vector<float>{1, 0, 0}, 10).size(), 3U);
}

}  // namespace
}  // namespace recops::engine
