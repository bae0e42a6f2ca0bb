// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/algorithm_choice.h"

#include "engine/component_spec.h"
#include "engine/ease_recommender.h"

#include <cmath>
#include <cstdio>

namespace recops::engine {
namespace {

// Below these, collaborative models have too little signal to beat popularity reliably.
constexpr std::size_t kMinimumInteractions = 1000;
constexpr double kMinimumInteractionsPerUser = 2.0;
constexpr double kBytesPerMb = 1024.0 * 1024.0;

std::string formatMb(double megabytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f MB", megabytes);
    return text;
}

}  // namespace

AlgorithmChoice chooseDefaultAlgorithm(const DatasetStats& stats, double memoryBudgetMb) {
    if (stats.interactions < kMinimumInteractions ||
        stats.meanInteractionsPerUser < kMinimumInteractionsPerUser) {
        return {
            "popularity:half_life_days=30",
            "only " + std::to_string(stats.interactions) + " interactions (" +
                ComponentSpec::formatNumber(std::round(stats.meanInteractionsPerUser * 10) / 10) +
                " per user): too little to learn individual tastes, so recent popularity"};
    }
    const double easeMb = EaseRecommender::requiredBytes(stats.items) / kBytesPerMb;
    if (easeMb <= memoryBudgetMb) {
        return {"ease:lambda=250,max_memory_mb=" + ComponentSpec::formatNumber(memoryBudgetMb),
                std::to_string(stats.items) + " items: EASE's dense item-item matrix takes " +
                    formatMb(easeMb) + " (budget " + formatMb(memoryBudgetMb) +
                    "); EASE is exact, has one parameter and was the most accurate model on "
                    "MovieLens"};
    }
    return {"als:factors=64,iterations=15,regularization=20,alpha=1",
            std::to_string(stats.items) + " items: EASE would need " + formatMb(easeMb) +
                " for its item-item matrix (budget " + formatMb(memoryBudgetMb) +
                "), so ALS, whose memory and time grow linearly with the data"};
}

}  // namespace recops::engine
