// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/faiss_hnsw_retriever.h"

#include "engine/engine_error.h"
#include "engine/faiss_search_support.h"
#include "engine/inner_product_storage.h"
#include "engine/top_k.h"

#include <algorithm>

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

namespace recops::engine {
namespace {

constexpr const char* kIndexFile = "hnsw_index.bin";

}  // namespace

FaissHnswRetriever::FaissHnswRetriever(ComponentSpec& spec)
    : m_graphDegree(spec.integer("M", 32, 4, 256))
    , m_efConstruction(spec.integer("ef_construction", 100, 8, 4096))
    , m_efSearch(spec.integer("ef_search", 64, 1, 65536)) {
    spec.finish();
}

FaissHnswRetriever::~FaissHnswRetriever() = default;

std::string FaissHnswRetriever::spec() const {
    return indexSpec() + ",ef_search=" + std::to_string(m_efSearch);
}

std::string FaissHnswRetriever::indexSpec() const {
    return "hnsw:M=" + std::to_string(m_graphDegree) +
           ",ef_construction=" + std::to_string(m_efConstruction);
}

void FaissHnswRetriever::build(std::span<const float> vectors, std::size_t count,
                               std::size_t dimension) {
    if (vectors.size() != count * dimension || dimension == 0) {
        throw EngineError("retriever: " + std::to_string(vectors.size()) + " floats for " +
                          std::to_string(count) + " vectors of dimension " +
                          std::to_string(dimension));
    }
    auto index = std::make_unique<faiss::IndexHNSWFlat>(static_cast<int>(dimension), m_graphDegree,
                                                        faiss::METRIC_INNER_PRODUCT);
    index->hnsw.efConstruction = m_efConstruction;
    index->hnsw.efSearch = m_efSearch;
    InnerProductStorage::adopt(*index);
    index->add(static_cast<faiss::Index::idx_t>(count), vectors.data());
    m_index = std::move(index);
}

std::size_t FaissHnswRetriever::size() const {
    return m_index ? static_cast<std::size_t>(m_index->ntotal) : 0;
}

std::size_t FaissHnswRetriever::dimension() const {
    return m_index ? static_cast<std::size_t>(m_index->d) : 0;
}

void FaissHnswRetriever::search(std::span<const float> query, std::size_t k, ItemFilter filter,
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
    faiss::SearchParametersHNSW parameters;
    parameters.efSearch = m_efSearch;
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
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end(), rankedBefore);
}

void FaissHnswRetriever::save(ArtifactWriter& writer) const {
    if (!m_index) {
        throw EngineError("retriever: nothing to save before build()");
    }
    faiss::VectorIOWriter bytes;
    faiss::write_index(m_index.get(), &bytes);
    writer.writeBytes(kIndexFile, bytes.data);
}

void FaissHnswRetriever::load(const ArtifactReader& reader) {
    faiss::VectorIOReader bytes;
    bytes.data = reader.readBytes(kIndexFile);
    std::unique_ptr<faiss::Index> index;
    try {
        index.reset(faiss::read_index(&bytes));
    } catch (const faiss::FaissException& error) {
        throw ArtifactError("artifact " + (reader.directory() / kIndexFile).string() +
                            " is not a FAISS index: " + error.what());
    }
    auto* hnsw = dynamic_cast<faiss::IndexHNSWFlat*>(index.get());
    if (hnsw == nullptr || hnsw->metric_type != faiss::METRIC_INNER_PRODUCT) {
        throw ArtifactError("artifact " + (reader.directory() / kIndexFile).string() +
                            " is not an HNSW index built by this retriever");
    }
    index.release();
    m_index.reset(hnsw);
    InnerProductStorage::adopt(*m_index);
    m_index->hnsw.efSearch = m_efSearch;
}

std::size_t FaissHnswRetriever::memoryBytes() const {
    if (!m_index) {
        return 0;
    }
    const auto& graph = m_index->hnsw;
    return static_cast<const faiss::IndexFlat*>(m_index->storage)->codes.size() +
           graph.neighbors.size() * sizeof(faiss::HNSW::storage_idx_t) +
           graph.offsets.size() * sizeof(std::size_t) + graph.levels.size() * sizeof(int);
}

}  // namespace recops::engine
