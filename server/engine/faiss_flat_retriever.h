// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/retriever.h"

#include <memory>

namespace faiss {
struct IndexFlatIP;
}

namespace recops::engine {

/// Exact inner-product search with FAISS's IndexFlatIP (vectorised brute force): the
/// choice for catalogs small enough that scanning every item is fast.
class FaissFlatRetriever final : public Retriever {
public:
    FaissFlatRetriever();
    ~FaissFlatRetriever() override;

    std::string spec() const override { return "flat"; }
    void build(std::span<const float> vectors, std::size_t count, std::size_t dimension) override;
    std::size_t size() const override;
    std::size_t dimension() const override;
    void search(std::span<const float> query, std::size_t k, ItemFilter filter,
                std::vector<ScoredItem>& out) const override;
    std::size_t memoryBytes() const override;

private:
    std::unique_ptr<faiss::IndexFlatIP> m_index;
};

}  // namespace recops::engine
