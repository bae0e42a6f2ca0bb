// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/artifact_reader.h"
#include "engine/artifact_writer.h"
#include "engine/item_filter.h"
#include "engine/types.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace recops::engine {

/// Maximum-inner-product search over item vectors, in the manner of a FAISS index: build
/// once over a row-major matrix, then search one query at a time from any number of
/// threads. Item i of the build matrix is returned as ItemIndex i.
///
/// Implementations: BruteForceRetriever (exact, the test oracle), FaissFlatRetriever
/// (exact, FAISS IndexFlatIP) and FaissHnswRetriever (approximate, FAISS HNSW); see
/// RetrieverFactory for their configuration strings.
class Retriever {
public:
    virtual ~Retriever() = default;

    virtual std::string spec() const = 0;
    /// The parameters the built index depends on: an index saved by a retriever of the same
    /// indexSpec() can be loaded, whatever the search-time parameters of either (HNSW's
    /// ef_search). By default the whole spec.
    virtual std::string indexSpec() const { return spec(); }
    /// Indexes `count` vectors of `dimension` floats (row-major in `vectors`).
    virtual void build(std::span<const float> vectors, std::size_t count,
                       std::size_t dimension) = 0;
    virtual std::size_t size() const = 0;
    virtual std::size_t dimension() const = 0;

    /// Appends to `out` up to `k` items with the highest inner product with `query`
    /// (dimension() floats), best first, skipping items `filter` rejects. Exact retrievers
    /// return exactly the top k accepted items; approximate ones may miss some.
    virtual void search(std::span<const float> query, std::size_t k, ItemFilter filter,
                        std::vector<ScoredItem>& out) const = 0;

    /// Whether save()/load() keep the built index (worth it when building is slow).
    virtual bool persistent() const { return false; }
    virtual void save(ArtifactWriter& writer) const;
    virtual void load(const ArtifactReader& reader);

    virtual std::size_t memoryBytes() const = 0;
};

}  // namespace recops::engine
