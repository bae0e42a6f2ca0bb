// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace recops::engine {

/// Where a candidate came from; a candidate found by several sources carries all of them
/// (a bit set of these values).
enum class CandidateSource : std::uint8_t {
    Embedding = 1U << 0U,   ///< vector search with the user's embedding
    Model = 1U << 1U,       ///< the model's own top items (models without embeddings)
    ItemToItem = 1U << 2U,  ///< neighbours of the user's most recent items
    Popular = 1U << 3U,     ///< the popularity ranking
    Fresh = 1U << 4U,       ///< recently created items
};

using CandidateSources = std::uint8_t;

/// How many CandidateSource values there are.
inline constexpr std::size_t kCandidateSourceCount = 5;

/// The source whose bit is at @p position (0 for Embedding ... 4 for Fresh).
constexpr CandidateSource candidateSourceAt(std::size_t position) {
    return static_cast<CandidateSource>(1U << position);
}

constexpr CandidateSources sourceBit(CandidateSource source) {
    return static_cast<CandidateSources>(source);
}

/// "embedding", "model", "item_to_item", "popular", "fresh".
std::string_view candidateSourceName(CandidateSource source);
/// The names of the sources in a bit set, in the enum's order.
std::vector<std::string_view> candidateSourceNames(CandidateSources sources);

}  // namespace recops::engine
