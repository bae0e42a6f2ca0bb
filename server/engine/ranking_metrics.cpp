// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/ranking_metrics.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace recops::engine::ranking_metrics {
namespace {

bool isRelevant(std::span<const ItemIndex> relevant, ItemIndex item) {
    return std::binary_search(relevant.begin(), relevant.end(), item);
}

double discount(std::size_t rank) {  // rank is 1-based
    return 1.0 / std::log2(static_cast<double>(rank) + 1.0);
}

}  // namespace

std::size_t hits(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant,
                 std::size_t k) {
    const auto cut = std::min(k, ranked.size());
    return static_cast<std::size_t>(
        std::count_if(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(cut),
                      [relevant](ItemIndex item) { return isRelevant(relevant, item); }));
}

double precision(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant,
                 std::size_t k) {
    return k == 0 ? 0.0 : static_cast<double>(hits(ranked, relevant, k)) / static_cast<double>(k);
}

double recall(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant,
              std::size_t k) {
    return relevant.empty() ? 0.0
                            : static_cast<double>(hits(ranked, relevant, k)) /
                                  static_cast<double>(relevant.size());
}

double ndcg(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant, std::size_t k) {
    double dcg = 0.0;
    const auto cut = std::min(k, ranked.size());
    for (std::size_t position = 0; position < cut; ++position) {
        if (isRelevant(relevant, ranked[position])) {
            dcg += discount(position + 1);
        }
    }
    double ideal = 0.0;
    const auto idealHits = std::min(k, relevant.size());
    for (std::size_t position = 0; position < idealHits; ++position) {
        ideal += discount(position + 1);
    }
    return ideal > 0.0 ? dcg / ideal : 0.0;
}

double averagePrecision(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant,
                        std::size_t k) {
    const auto denominator = std::min(k, relevant.size());
    if (denominator == 0) {
        return 0.0;
    }
    double sum = 0.0;
    std::size_t found = 0;
    const auto cut = std::min(k, ranked.size());
    for (std::size_t position = 0; position < cut; ++position) {
        if (isRelevant(relevant, ranked[position])) {
            ++found;
            sum += static_cast<double>(found) / static_cast<double>(position + 1);
        }
    }
    return sum / static_cast<double>(denominator);
}

double catalogCoverage(std::span<const std::size_t> recommendationCounts) {
    if (recommendationCounts.empty()) {
        return 0.0;
    }
    const auto recommended = std::count_if(recommendationCounts.begin(), recommendationCounts.end(),
                                           [](std::size_t count) { return count > 0; });
    return static_cast<double>(recommended) / static_cast<double>(recommendationCounts.size());
}

double giniIndex(std::span<const std::size_t> recommendationCounts) {
    std::vector<std::size_t> sorted(recommendationCounts.begin(), recommendationCounts.end());
    std::sort(sorted.begin(), sorted.end());
    const auto n = static_cast<double>(sorted.size());
    double total = 0.0;
    double weighted = 0.0;
    for (std::size_t index = 0; index < sorted.size(); ++index) {
        const auto count = static_cast<double>(sorted[index]);
        total += count;
        weighted += (2.0 * static_cast<double>(index + 1) - n - 1.0) * count;
    }
    return total > 0.0 ? weighted / (n * total) : 0.0;
}

}  // namespace recops::engine::ranking_metrics
