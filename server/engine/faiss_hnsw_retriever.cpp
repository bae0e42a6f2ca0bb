// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/faiss_hnsw_retriever.h"

#include "engine/engine_error.h"
#include "engine/faiss_search_support.h"
#include "engine/top_k.h"

#include <algorithm>
#include <cmath>

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

namespace recops::engine {
namespace {

constexpr const char* kIndexFile = "hnsw_index.bin";

const float* storedVectors(const faiss::IndexHNSWFlat& index) {
    return static_cast<const faiss::IndexFlat*>(index.storage)->get_xb();
}

}  // namespace

FaissHnswRetriever::FaissHnswRetriever(ComponentSpec& spec)
    : m_graphDegree(spec.integer("M", 32, 4, 256))
    , m_efConstruction(spec.integer("ef_construction", 100, 8, 4096))
    , m_efSearch(spec.integer("ef_search", 128, 1, 65536)) {
    spec.finish();
}

FaissHnswRetriever::~FaissHnswRetriever() = default;

std::string FaissHnswRetriever::spec() const {
    return "hnsw:M=" + std::to_string(m_graphDegree) +
           ",ef_construction=" + std::to_string(m_efConstruction) +
           ",ef_search=" + std::to_string(m_efSearch);
}

void FaissHnswRetriever::build(std::span<const float> vectors, std::size_t count,
                               std::size_t dimension) {
    if (vectors.size() != count * dimension || dimension == 0) {
        throw EngineError("retriever: " + std::to_string(vectors.size()) + " floats for " +
                          std::to_string(count) + " vectors of dimension " +
                          std::to_string(dimension));
    }
    double largestSquaredNorm = 0.0;
    std::vector<double> squaredNorms(count);
    for (std::size_t item = 0; item < count; ++item) {
        double sum = 0.0;
        for (std::size_t column = 0; column < dimension; ++column) {
            const double value = vectors[item * dimension + column];
            sum += value * value;
        }
        squaredNorms[item] = sum;
        largestSquaredNorm = std::max(largestSquaredNorm, sum);
    }
    const std::size_t augmented = dimension + 1;
    std::vector<float> rows(count * augmented);
    for (std::size_t item = 0; item < count; ++item) {
        std::copy_n(vectors.data() + item * dimension, dimension, rows.data() + item * augmented);
        rows[item * augmented + dimension] =
            static_cast<float>(std::sqrt(std::max(0.0, largestSquaredNorm - squaredNorms[item])));
    }
    auto index = std::make_unique<faiss::IndexHNSWFlat>(static_cast<int>(augmented), m_graphDegree,
                                                        faiss::METRIC_L2);
    index->hnsw.efConstruction = m_efConstruction;
    index->hnsw.efSearch = m_efSearch;
    index->add(static_cast<faiss::Index::idx_t>(count), rows.data());
    m_index = std::move(index);
}

std::size_t FaissHnswRetriever::size() const {
    return m_index ? static_cast<std::size_t>(m_index->ntotal) : 0;
}

std::size_t FaissHnswRetriever::dimension() const {
    return m_index ? static_cast<std::size_t>(m_index->d) - 1 : 0;
}

void FaissHnswRetriever::search(std::span<const float> query, std::size_t k, ItemFilter filter,
                                std::vector<ScoredItem>& out) const {
    const std::size_t d = dimension();
    if (!m_index || query.size() != d) {
        throw EngineError("retriever: query of dimension " + std::to_string(query.size()) +
                          " for an index of dimension " + std::to_string(d));
    }
    k = std::min(k, size());
    if (k == 0) {
        return;
    }
    thread_local faiss_support::SearchBuffers buffers;
    thread_local std::vector<float> augmentedQuery;
    buffers.resize(k);
    augmentedQuery.assign(query.begin(), query.end());
    augmentedQuery.push_back(0.0F);
    faiss_support::FilterSelector selector(filter);
    faiss::SearchParametersHNSW parameters;
    parameters.efSearch = std::max(m_efSearch, static_cast<int>(k));
    parameters.sel = filter.acceptsAll() ? nullptr : &selector;
    {
        const faiss_support::SingleThreadedSearch singleThreaded;
        m_index->search(1, augmentedQuery.data(), static_cast<faiss::Index::idx_t>(k),
                        buffers.distances.data(), buffers.labels.data(), &parameters);
    }
    const float* stored = storedVectors(*m_index);
    const auto begin = out.size();
    for (std::size_t rank = 0; rank < k; ++rank) {
        const auto label = buffers.labels[rank];
        if (label < 0) {
            continue;
        }
        const float* vector = stored + static_cast<std::size_t>(label) * (d + 1);
        float score = 0.0F;
        for (std::size_t column = 0; column < d; ++column) {
            score += query[column] * vector[column];
        }
        out.push_back({static_cast<ItemIndex>(label), score});
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
    if (hnsw == nullptr || hnsw->metric_type != faiss::METRIC_L2 || hnsw->d < 2) {
        throw ArtifactError("artifact " + (reader.directory() / kIndexFile).string() +
                            " is not an HNSW index built by this retriever");
    }
    index.release();
    m_index.reset(hnsw);
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
