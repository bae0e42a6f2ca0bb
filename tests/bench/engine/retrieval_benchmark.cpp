// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Retrieval speed and recall@10 against exact search, on the vectors serving really
// searches: ALS item factors (64 dimensions) of a generated catalog, queried with the
// folded-in vectors of 500 of its users. Recall is measured against the brute-force
// oracle over the same queries. HNSW variants differing only in ef_search share one graph
// (build_s is that graph's build time); the scratch copies go to the temporary directory.
//
//   recops-engine-retrieval-benchmark                       10,000 items
//   RECOPS_BENCH_ITEMS=10000,100000,1000000 recops-engine-retrieval-benchmark
#include "engine/artifact_reader.h"
#include "engine/artifact_writer.h"
#include "engine/brute_force_retriever.h"
#include "engine/recommender_factory.h"
#include "engine/retriever_factory.h"
#include "engine_bench_data.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <unistd.h>

#include <benchmark/benchmark.h>

namespace recops::bench {
namespace {

constexpr std::size_t kQueries = 500;
constexpr std::size_t kTopK = 10;

struct Vectors {
    std::size_t count = 0;
    std::size_t dimension = 0;
    std::vector<float> items;
    std::vector<float> queries;
    std::vector<std::vector<engine::ItemIndex>> truth;
};

const Vectors& vectorsFor(std::size_t itemCount) {
    static std::map<std::size_t, std::unique_ptr<Vectors>> cache;
    auto& vectors = cache[itemCount];
    if (vectors) {
        return *vectors;
    }
    vectors = std::make_unique<Vectors>();
    const GeneratedData data(optionsForCatalog(itemCount));
    auto model =
        engine::RecommenderFactory::create("als:factors=64,iterations=5,regularization=20,alpha=1");
    model->fit(data.dataset, {});
    vectors->count = model->itemCount();
    vectors->dimension = model->embeddingDimension();
    vectors->items.assign(model->itemEmbeddings().begin(), model->itemEmbeddings().end());
    engine::UserQuery query;
    const std::size_t step = std::max<std::size_t>(1, data.dataset.userCount() / kQueries);
    for (std::size_t user = 0;
         user < data.dataset.userCount() && vectors->queries.size() < kQueries * vectors->dimension;
         user += step) {
        query.history = data.dataset.history(static_cast<engine::UserIndex>(user));
        model->prepare(query);
        vectors->queries.insert(vectors->queries.end(), query.embedding.begin(),
                                query.embedding.end());
    }
    engine::BruteForceRetriever oracle;
    oracle.build(vectors->items, vectors->count, vectors->dimension);
    std::vector<engine::ScoredItem> found;
    for (std::size_t q = 0; q * vectors->dimension < vectors->queries.size(); ++q) {
        found.clear();
        oracle.search(std::span<const float>(vectors->queries)
                          .subspan(q * vectors->dimension, vectors->dimension),
                      kTopK, {}, found);
        auto& truth = vectors->truth.emplace_back();
        for (const auto& item : found) {
            truth.push_back(item.item);
        }
    }
    return *vectors;
}

/// A retriever for `spec` over the vectors, and the seconds its index took to build. HNSW
/// variants that differ only in ef_search share one build: the first is saved and the
/// others load it (ef_search is applied at load).
std::pair<std::unique_ptr<engine::Retriever>, double> buildRetriever(const std::string& spec,
                                                                     const Vectors& vectors) {
    // Saved graphs by build parameters; removed from the temporary directory at exit.
    struct SavedGraphs : std::map<std::string, std::pair<std::filesystem::path, double>> {
        ~SavedGraphs() {
            for (const auto& [key, saved] : *this) {
                std::error_code ignored;
                std::filesystem::remove_all(saved.first, ignored);
            }
        }
    };
    static SavedGraphs builtGraphs;
    auto retriever = engine::RetrieverFactory::create(spec);
    const auto graphKey =
        spec.substr(0, spec.find(",ef_search")) + "/" + std::to_string(vectors.count);
    if (retriever->persistent()) {
        if (const auto found = builtGraphs.find(graphKey); found != builtGraphs.end()) {
            retriever->load(engine::ArtifactReader(found->second.first));
            return {std::move(retriever), found->second.second};
        }
    }
    const auto start = std::chrono::steady_clock::now();
    retriever->build(vectors.items, vectors.count, vectors.dimension);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (retriever->persistent()) {
        auto directory = std::filesystem::temp_directory_path();
        directory /= "recops-bench-hnsw-" + std::to_string(getpid()) + "-" +
                     std::to_string(builtGraphs.size());
        engine::ArtifactWriter writer(directory);
        retriever->save(writer);
        builtGraphs.emplace(graphKey, std::make_pair(directory, seconds));
    }
    return {std::move(retriever), seconds};
}

void retrieve(benchmark::State& state, const std::string& spec, std::size_t itemCount) {
    const auto& vectors = vectorsFor(itemCount);
    const auto [retriever, buildSeconds] = buildRetriever(spec, vectors);
    const std::size_t queries = vectors.truth.size();
    std::vector<engine::ScoredItem> found;
    std::size_t hits = 0;
    std::size_t asked = 0;
    std::size_t next = 0;
    for (auto _ : state) {
        const std::size_t q = next++ % queries;
        found.clear();
        retriever->search(std::span<const float>(vectors.queries)
                              .subspan(q * vectors.dimension, vectors.dimension),
                          kTopK, {}, found);
        for (const auto& item : found) {
            hits += static_cast<std::size_t>(
                std::count(vectors.truth[q].begin(), vectors.truth[q].end(), item.item));
        }
        asked += kTopK;
    }
    state.counters["recall@10"] =
        static_cast<double>(hits) / static_cast<double>(std::max<std::size_t>(1, asked));
    state.counters["build_s"] = buildSeconds;
    state.counters["index_MB"] = static_cast<double>(retriever->memoryBytes()) / (1024.0 * 1024.0);
    state.SetItemsProcessed(state.iterations());
}

}  // namespace
}  // namespace recops::bench

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    for (const auto items : recops::bench::catalogSizes({10000})) {
        for (const std::string spec :
             {"brute", "flat", "hnsw:M=32,ef_construction=100,ef_search=32",
              "hnsw:M=32,ef_construction=100,ef_search=64",
              "hnsw:M=32,ef_construction=100,ef_search=128",
              "hnsw:M=32,ef_construction=100,ef_search=256"}) {
            const auto name = "retrieve/" + spec + "/" + std::to_string(items);
            benchmark::RegisterBenchmark(
                name.c_str(),
                [=](benchmark::State& state) { recops::bench::retrieve(state, spec, items); })
                ->Unit(benchmark::kMicrosecond)
                ->UseRealTime();
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
