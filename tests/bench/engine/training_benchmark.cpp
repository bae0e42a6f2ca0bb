// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Wall-clock training time of each model on generated data (one fit per benchmark; the
// machine's cores are all used, as by `recopsd train`).
//
//   recops-engine-training-benchmark                        5,000 items, 50,000 events
//   RECOPS_BENCH_ITEMS=10000,100000,1000000 recops-engine-training-benchmark
#include "engine/recommender_factory.h"
#include "engine_bench_data.h"

#include <map>
#include <memory>

#include <benchmark/benchmark.h>

namespace recops::bench {
namespace {

const GeneratedData& dataFor(std::size_t items) {
    static std::map<std::size_t, std::unique_ptr<GeneratedData>> cache;
    auto& data = cache[items];
    if (!data) {
        data = std::make_unique<GeneratedData>(optionsForCatalog(items));
    }
    return *data;
}

void train(benchmark::State& state, const std::string& spec, std::size_t items) {
    const auto& data = dataFor(items);
    std::size_t memory = 0;
    for (auto _ : state) {
        auto model = engine::RecommenderFactory::create(spec);
        model->fit(data.dataset, {});
        memory = model->memoryBytes();
        benchmark::DoNotOptimize(model);
    }
    state.counters["users"] = static_cast<double>(data.dataset.userCount());
    state.counters["interactions"] = static_cast<double>(data.dataset.interactionCount());
    state.counters["interactions_per_s"] =
        benchmark::Counter(static_cast<double>(data.dataset.interactionCount()),
                           benchmark::Counter::kIsIterationInvariantRate);
    state.counters["model_MB"] = static_cast<double>(memory) / (1024.0 * 1024.0);
    state.counters["generate_s"] = data.generateSeconds;
}

}  // namespace
}  // namespace recops::bench

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    for (const auto items : recops::bench::catalogSizes({5000})) {
        std::vector<std::string> specs{"popularity:half_life_days=30",
                                       "als:factors=64,iterations=15",
                                       "itemknn:neighbours=100,shrink=10"};
        if (items <= 20000) {
            specs.emplace_back("ease:lambda=250");
        }
        for (const auto& spec : specs) {
            const auto name =
                "train/" + spec.substr(0, spec.find(':')) + "/" + std::to_string(items);
            benchmark::RegisterBenchmark(
                name.c_str(),
                [=](benchmark::State& state) { recops::bench::train(state, spec, items); })
                ->Unit(benchmark::kSecond)
                ->UseRealTime()
                ->Iterations(1);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
