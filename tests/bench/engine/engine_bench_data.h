// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/interaction_dataset.h"
#include "engine/serving_model.h"
#include "engine/synthetic_data_generator.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace recops::bench {

/// The catalog sizes a benchmark runs at: the environment variable RECOPS_BENCH_ITEMS
/// ("10000,100000,1000000") or `defaults`. The defaults keep `run_benchmarks` short; the
/// large sizes are for the figures in docs/performance.md.
std::vector<std::size_t> catalogSizes(const std::vector<std::size_t>& defaults);

/// Synthetic options scaled from a catalog size: users = max(10000, items / 4), events =
/// 10 x items, everything else at the generator's defaults.
engine::SyntheticOptions optionsForCatalog(std::size_t items);

/// A generated dataset plus request histories of some of its users.
struct GeneratedData {
    explicit GeneratedData(const engine::SyntheticOptions& options);

    engine::SyntheticDataGenerator generator;
    engine::InteractionDataset dataset;
    /// Events of up to 64 users with at least 5 events each, and views onto them in the
    /// form ServingModel takes.
    std::vector<std::vector<engine::InteractionEvent>> userEvents;
    std::vector<std::vector<engine::HistoryEvent>> histories;
    double generateSeconds = 0.0;
};

/// Resident set size of this process, in bytes (from /proc/self/statm).
std::size_t residentBytes();

}  // namespace recops::bench
