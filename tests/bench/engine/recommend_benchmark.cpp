// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Latency of ServingModel::recommend (k = 10, explain off) on generated catalogs, the way
// the server calls it: the model is trained once, saved with an HNSW index, and loaded back
// from the artifact directory with each retriever (the saved index, or an exact one built
// at load); each iteration is one request for one of 64 real users of the
// data. Also reports what loading cost: the growth of resident memory when the artifacts
// are loaded (training runs in a child process so it does not pollute the figure), the
// model's own estimate of its size, and the load time.
//
//   recops-engine-recommend-benchmark                       10,000 items
//   RECOPS_BENCH_ITEMS=10000,100000,1000000 recops-engine-recommend-benchmark
#include "engine/model_bundle.h"
#include "engine/retriever_factory.h"
#include "engine/serving_model.h"
#include "engine_bench_data.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

#include <benchmark/benchmark.h>

namespace recops::bench {
namespace {

constexpr double kMegabyte = 1024.0 * 1024.0;

struct Served {
    std::shared_ptr<const engine::ServingModel> model;
    std::vector<std::vector<engine::HistoryEvent>> histories;
    double loadSeconds = 0.0;
    double residentMb = 0.0;
};

const std::string kHnswSpec = "hnsw:M=32,ef_construction=100,ef_search=64";

const GeneratedData& dataFor(std::size_t items) {
    static std::map<std::size_t, std::unique_ptr<GeneratedData>> datasets;
    auto& data = datasets[items];
    if (!data) {
        data = std::make_unique<GeneratedData>(optionsForCatalog(items));
    }
    return *data;
}

/// The artifact directory of `algorithm` trained on the catalog of `items` items, with an
/// HNSW index saved alongside when the model has item vectors (as `recopsd train` does).
/// Training runs in a child process, so that the memory it used is not reused by the loads
/// in this process and their resident-memory growth measures the loaded model alone.
const std::filesystem::path& savedModel(const std::string& algorithm, std::size_t items) {
    struct Saved : std::map<std::string, std::filesystem::path> {
        ~Saved() {
            for (const auto& [key, directory] : *this) {
                std::error_code ignored;
                std::filesystem::remove_all(directory, ignored);
            }
        }
    };
    static Saved saved;
    const auto key = algorithm + "/" + std::to_string(items);
    if (const auto found = saved.find(key); found != saved.end()) {
        return found->second;
    }
    const auto& data = dataFor(items);
    auto directory = std::filesystem::temp_directory_path();
    directory /=
        "recops-bench-model-" + std::to_string(getpid()) + "-" + std::to_string(saved.size());
    const pid_t child = fork();
    if (child == 0) {
        const auto bundle =
            engine::ModelBundle::train(data.dataset, algorithm, engine::EventWeights{});
        const auto& model = bundle.model();
        std::unique_ptr<engine::Retriever> index;
        if (model.embeddingDimension() > 0) {
            index = engine::RetrieverFactory::create(kHnswSpec);
            index->build(model.itemEmbeddings(), model.itemCount(), model.embeddingDimension());
        }
        bundle.save(directory, index.get());
        _exit(0);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
        throw std::runtime_error("training " + algorithm + " in a child process failed");
    }
    return saved.emplace(key, directory).first->second;
}

/// Loads once per (algorithm, retriever, size, memo); shared by all threads.
const Served& served(const std::string& algorithm, const std::string& retriever, std::size_t items,
                     bool memoiseNeighbours) {
    static std::mutex mutex;
    static std::map<std::string, Served> models;
    const std::lock_guard lock(mutex);
    const auto key = algorithm + "/" + retriever + "/" + std::to_string(items) +
                     (memoiseNeighbours ? "" : "/no_memo");
    if (const auto found = models.find(key); found != models.end()) {
        return found->second;
    }
    const auto& directory = savedModel(algorithm, items);
    engine::ServingOptions options;
    options.retrieval.exactSpec = retriever;
    options.retrieval.approximateSpec = retriever;
    if (!memoiseNeighbours) {
        options.candidates.memoisedNeighbourLists = 0;
    }
    Served entry;
    const auto residentBefore = residentBytes();
    const auto start = std::chrono::steady_clock::now();
    entry.model = engine::ServingModel::load(directory, dataFor(items).generator.items(), options);
    entry.loadSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    entry.residentMb = static_cast<double>(residentBytes() - residentBefore) / kMegabyte;
    entry.histories = dataFor(items).histories;
    return models.emplace(key, std::move(entry)).first->second;
}

/// The 64 users' requests in turn. With the neighbour memo on (as served), their seed items'
/// neighbour lists are searched in the first round and reused after: the steady state of a
/// server whose popular items have all been seeds once.
void recommend(benchmark::State& state, const std::string& algorithm, const std::string& retriever,
               std::size_t items, bool memoiseNeighbours = true) {
    const auto& entry = served(algorithm, retriever, items, memoiseNeighbours);
    const auto now =
        entry.model->bundle().trainingInfo()["dataset"]["last_timestamp"].get<std::int64_t>();
    std::size_t next = static_cast<std::size_t>(state.thread_index()) * 7;
    std::size_t returned = 0;
    for (auto _ : state) {
        engine::RecommendationRequest request;
        request.history = entry.histories[next++ % entry.histories.size()];
        request.count = 10;
        request.nowSeconds = now;
        auto result = entry.model->recommend(request);
        returned += result.items.size();
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
    if (state.thread_index() == 0) {
        state.counters["items_per_request"] =
            static_cast<double>(returned) /
            static_cast<double>(std::max<std::int64_t>(1, state.iterations()));
        state.counters["model_MB"] = static_cast<double>(entry.model->memoryBytes()) / kMegabyte;
        state.counters["rss_MB"] = entry.residentMb;
        state.counters["load_s"] = entry.loadSeconds;
    }
}

}  // namespace
}  // namespace recops::bench

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    using recops::bench::recommend;
    for (const auto items : recops::bench::catalogSizes({10000})) {
        const std::string size = std::to_string(items);
        const std::string als = "als:factors=64,iterations=5,regularization=20,alpha=1";
        // The saved index serves every ef_search (only the search reads it).
        std::vector<std::string> retrievers{"brute", recops::bench::kHnswSpec,
                                            "hnsw:M=32,ef_construction=100,ef_search=128",
                                            "hnsw:M=32,ef_construction=100,ef_search=32"};
        if (items <= 10000) {
            retrievers.emplace_back("flat");  // FAISS's exact scan, for comparison
        }
        for (const auto& retriever : retrievers) {
            const auto efSearch = retriever.find("ef_search=");
            const auto name =
                "recommend/als/" + retriever.substr(0, retriever.find(':')) +
                (efSearch == std::string::npos ? "" : "_ef" + retriever.substr(efSearch + 10)) +
                "/" + size;
            benchmark::RegisterBenchmark(
                name.c_str(),
                [=](benchmark::State& state) { recommend(state, als, retriever, items); })
                ->Unit(benchmark::kMicrosecond)
                ->UseRealTime()
                ->Threads(1)
                ->Threads(2);
        }
        // Every item-to-item seed searched again, as before the memo.
        benchmark::RegisterBenchmark(("recommend/als/hnsw_ef64_no_memo/" + size).c_str(),
                                     [=](benchmark::State& state) {
                                         recommend(state, als, recops::bench::kHnswSpec, items,
                                                   false);
                                     })
            ->Unit(benchmark::kMicrosecond)
            ->UseRealTime()
            ->Threads(1)
            ->Threads(2);
        if (items <= 20000) {  // EASE's dense matrix: see chooseDefaultAlgorithm
            benchmark::RegisterBenchmark(("recommend/ease/" + size).c_str(),
                                         [=](benchmark::State& state) {
                                             recommend(state, "ease:lambda=250", "brute", items);
                                         })
                ->Unit(benchmark::kMicrosecond)
                ->UseRealTime()
                ->Threads(1)
                ->Threads(2);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
