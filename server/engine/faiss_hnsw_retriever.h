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
/// Inner product is not a metric, and HNSW's graph heuristics assume one; searching it
/// directly loses recall on vectors of unequal length (ALS item vectors are longer for
/// popular items). So the index is built over the standard reduction of MIPS to nearest
/// neighbour search (Bachrach et al., RecSys 2014): each item vector y gets one extra
/// coordinate sqrt(R^2 - |y|^2), R the largest norm, and the query gets 0, so that
/// |q' - y'|^2 = |q|^2 + R^2 - 2 q.y and the nearest item in L2 is the best by inner
/// product. Returned scores are the exact inner products, recomputed from the stored vectors.
///
/// Parameters: M (32, graph degree), ef_construction (100), ef_search (128; higher is more
/// accurate and slower).
class FaissHnswRetriever final : public Retriever {
public:
    explicit FaissHnswRetriever(ComponentSpec& spec);
    ~FaissHnswRetriever() override;

    std::string spec() const override;
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
