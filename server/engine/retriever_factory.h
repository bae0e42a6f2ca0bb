// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/retriever.h"

#include <memory>
#include <string>
#include <string_view>

namespace recops::engine {

/// When the serving side searches exactly and when approximately.
///
/// The exact default is the Eigen brute-force scan rather than FAISS's IndexFlatIP: the
/// Debian build of FAISS 1.7.3 answers single queries with its scalar reference kernel
/// (fvec_inner_product_ref), about five times slower than Eigen's vectorised product on
/// the same vectors (docs/performance.md). "flat" remains available and gives the same
/// results. Above approximateAbove items an exact scan costs more per query than an HNSW
/// search, and serving runs several searches per request.
struct RetrievalSettings {
    std::string exactSpec = "brute";
    /// ef_search 64: recall@10 0.996 at 100,000 items for half the search cost of 128
    /// (docs/performance.md, "Vector retrieval").
    std::string approximateSpec = "hnsw:M=32,ef_construction=100,ef_search=64";
    /// Catalogs with more items than this use approximateSpec.
    std::size_t approximateAbove = 50000;
};

/// Builds retrievers from configuration strings: "brute", "flat",
/// "hnsw:M=32,ef_construction=100,ef_search=64". Unknown names, parameters or bad values
/// are SpecErrors.
class RetrieverFactory {
public:
    static std::unique_ptr<Retriever> create(std::string_view spec);
    /// The spec RetrievalSettings choose for a catalog of `itemCount` items.
    static std::string specFor(std::size_t itemCount, const RetrievalSettings& settings);
};

}  // namespace recops::engine
