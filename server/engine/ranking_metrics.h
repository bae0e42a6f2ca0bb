// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/types.h"

#include <cstddef>
#include <span>

/// Offline ranking metrics at a cut-off k, with binary relevance. `ranked` is a
/// recommendation list, best first (only its first k entries count); `relevant` is the
/// user's held-out items, sorted by index. A list shorter than k is scored as if padded
/// with irrelevant items.
namespace recops::engine::ranking_metrics {

/// Relevant items among the first k.
std::size_t hits(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant,
                 std::size_t k);
/// hits / k.
double precision(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant,
                 std::size_t k);
/// hits / |relevant|.
double recall(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant,
              std::size_t k);
/// DCG / IDCG with DCG = sum_{i<=k} rel_i / log2(i + 1) and IDCG the DCG of
/// min(k, |relevant|) relevant items in the first places (Jarvelin & Kekalainen 2002).
double ndcg(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant, std::size_t k);
/// Average precision: sum_{i<=k} precision@i x rel_i / min(k, |relevant|).
double averagePrecision(std::span<const ItemIndex> ranked, std::span<const ItemIndex> relevant,
                        std::size_t k);

/// Share of the catalog that appears in at least one list: distinct / catalogSize.
double catalogCoverage(std::span<const std::size_t> recommendationCounts);
/// Gini coefficient of how often each catalog item was recommended, items sorted by count
/// ascending: G = sum_i (2i - n - 1) c_i / (n sum_i c_i), i = 1..n. 0 when every item is
/// recommended equally often, towards 1 when a few items take every slot.
double giniIndex(std::span<const std::size_t> recommendationCounts);

}  // namespace recops::engine::ranking_metrics
