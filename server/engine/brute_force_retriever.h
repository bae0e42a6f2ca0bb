// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/retriever.h"

#include <vector>

namespace recops::engine {

/// Exact search by scoring every vector: O(n d) per query. The reference the other
/// retrievers are tested and measured against, and fine for small catalogs.
class BruteForceRetriever final : public Retriever {
public:
    std::string spec() const override { return "brute"; }
    void build(std::span<const float> vectors, std::size_t count, std::size_t dimension) override;
    std::size_t size() const override { return m_count; }
    std::size_t dimension() const override { return m_dimension; }
    void search(std::span<const float> query, std::size_t k, ItemFilter filter,
                std::vector<ScoredItem>& out) const override;
    std::size_t memoryBytes() const override { return m_vectors.size() * sizeof(float); }

private:
    std::vector<float> m_vectors;
    std::size_t m_count = 0;
    std::size_t m_dimension = 0;
};

}  // namespace recops::engine
