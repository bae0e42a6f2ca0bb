// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/component_spec.h"
#include "engine/retriever.h"

#include <memory>

namespace faiss {
struct IndexHNSWFlat;
}

namespace recops::engine {

/// Approximate maximum-inner-product search with a FAISS HNSW graph (Malkov & Yashunin,
/// TPAMI 2018), for catalogs too large to scan per request.
///
/// The graph is built and searched with the inner product itself, not over the usual
/// reduction of MIPS to L2 search (one extra coordinate sqrt(R^2 - |y|^2)): graph search
/// copes with the non-metric similarity well (Morozov & Babenko, "Non-metric Similarity
/// Graphs for Maximum Inner Product Search", NeurIPS 2018), while the reduction puts every
/// item nearly equidistant from every query and measured recall@10 collapses to about 0.2
/// on the same data (tests/server/engine/retriever_test.cpp, docs/performance.md).
///
/// Parameters: M (32, graph degree), ef_construction (100), ef_search (64; higher is more
/// accurate and slower). ef_search is fixed when the index is built or loaded: FAISS 1.7
/// reads it from the index, not from per-search parameters.
class FaissHnswRetriever final : public Retriever {
public:
    explicit FaissHnswRetriever(ComponentSpec& spec);
    ~FaissHnswRetriever() override;

    std::string spec() const override;
    /// Without ef_search, which only the search reads.
    std::string indexSpec() const override;
    void build(std::span<const float> vectors, std::size_t count, std::size_t dimension) override;
    std::size_t size() const override;
    std::size_t dimension() const override;
    void search(std::span<const float> query, std::size_t k, ItemFilter filter,
                std::vector<ScoredItem>& out) const override;
    bool persistent() const override { return true; }
    void save(ArtifactWriter& writer) const override;
    void load(const ArtifactReader& reader) override;
    std::size_t memoryBytes() const override;

private:
    int m_graphDegree;
    int m_efConstruction;
    int m_efSearch;
    std::unique_ptr<faiss::IndexHNSWFlat> m_index;
};

}  // namespace recops::engine
