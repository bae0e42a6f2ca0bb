// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/faiss_flat_retriever.h"

#include "engine/engine_error.h"
#include "engine/faiss_search_support.h"
#include "engine/top_k.h"

#include <faiss/IndexFlat.h>

namespace recops::engine {

FaissFlatRetriever::FaissFlatRetriever() = default;
FaissFlatRetriever::~FaissFlatRetriever() = default;

void FaissFlatRetriever::build(std::span<const float> vectors, std::size_t count,
                               std::size_t dimension) {
    if (vectors.size() != count * dimension || dimension == 0) {
        throw EngineError("retriever: " + std::to_string(vectors.size()) + " floats for " +
                          std::to_string(count) + " vectors of dimension " +
                          std::to_string(dimension));
    }
    auto index = std::make_unique<faiss::IndexFlatIP>(static_cast<faiss::Index::idx_t>(dimension));
    index->add(static_cast<faiss::Index::idx_t>(count), vectors.data());
    m_index = std::move(index);
}

std::size_t FaissFlatRetriever::size() const {
    return m_index ? static_cast<std::size_t>(m_index->ntotal) : 0;
}

std::size_t FaissFlatRetriever::dimension() const {
    return m_index ? static_cast<std::size_t>(m_index->d) : 0;
}

void FaissFlatRetriever::search(std::span<const float> query, std::size_t k, ItemFilter filter,
                                std::vector<ScoredItem>& out) const {
    if (!m_index || query.size() != dimension()) {
        throw EngineError("retriever: query of dimension " + std::to_string(query.size()) +
                          " for an index of dimension " + std::to_string(dimension()));
    }
    k = std::min(k, size());
    if (k == 0) {
        return;
    }
    thread_local faiss_support::SearchBuffers buffers;
    buffers.resize(k);
    faiss_support::FilterSelector selector(filter);
    faiss::SearchParameters parameters;
    parameters.sel = filter.acceptsAll() ? nullptr : &selector;
    {
        const faiss_support::SingleThreadedSearch singleThreaded;
        m_index->search(1, query.data(), static_cast<faiss::Index::idx_t>(k),
                        buffers.distances.data(), buffers.labels.data(), &parameters);
    }
    const auto begin = out.size();
    for (std::size_t rank = 0; rank < k; ++rank) {
        if (buffers.labels[rank] >= 0) {
            out.push_back({static_cast<ItemIndex>(buffers.labels[rank]), buffers.distances[rank]});
        }
    }
    // FAISS breaks ties arbitrarily; the engine's order is deterministic.
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(), rankedBefore);
}

std::size_t FaissFlatRetriever::memoryBytes() const {
    return m_index ? m_index->codes.size() : 0;
}

}  // namespace recops::engine
