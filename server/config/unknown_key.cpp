// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/unknown_key.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace recops::config {
namespace {

constexpr std::size_t kMostEdits = 3;

std::size_t editDistance(std::string_view from, std::string_view to) {
    // Levenshtein distance with one row of the table; keys are short.
    std::vector<std::size_t> row(to.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= from.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= to.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (from[i - 1] == to[j - 1] ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[to.size()];
}

}  // namespace

std::optional<std::string_view> closestKey(std::span<const SettingDefinition> table,
                                           std::string_view key) {
    std::optional<std::string_view> best;
    std::size_t bestDistance = kMostEdits + 1;
    for (const SettingDefinition& definition : table) {
        const std::size_t distance = editDistance(key, definition.key);
        if (distance < bestDistance) {
            best = definition.key;
            bestDistance = distance;
        }
    }
    return best;
}

}  // namespace recops::config
