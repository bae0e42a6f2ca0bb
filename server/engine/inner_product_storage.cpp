// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/inner_product_storage.h"

#include "engine/engine_error.h"

#include <memory>

#include <faiss/IndexHNSW.h>
#include <faiss/impl/DistanceComputer.h>

namespace recops::engine {
namespace {

class InnerProductComputer final : public faiss::FlatCodesDistanceComputer {
public:
    explicit InnerProductComputer(const InnerProductStorage& storage)
        : FlatCodesDistanceComputer(storage.codes.data(), storage.code_size)
        , m_vectors(reinterpret_cast<const float*>(storage.codes.data()))
        , m_dimension(static_cast<std::size_t>(storage.d)) {}

    void set_query(const float* query) override { m_query = query; }

    float distance_to_code(const std::uint8_t* code) override {
        return innerProduct(m_query, reinterpret_cast<const float*>(code), m_dimension);
    }

    float symmetric_dis(idx_t left, idx_t right) override {
        return innerProduct(m_vectors + static_cast<std::size_t>(left) * m_dimension,
                            m_vectors + static_cast<std::size_t>(right) * m_dimension, m_dimension);
    }

private:
    const float* m_vectors;
    std::size_t m_dimension;
    const float* m_query = nullptr;
};

}  // namespace

// One clone per instruction set, picked by the dynamic loader from what the CPU supports.
// Sixteen independent partial sums let the compiler vectorise without reordering a single
// running sum (which it may not do for floats).
__attribute__((target_clones("avx2", "default"))) float innerProduct(const float* left,
                                                                     const float* right,
                                                                     std::size_t dimension) {
    constexpr std::size_t kLanes = 16;
    float lanes[kLanes] = {};
    std::size_t position = 0;
    for (; position + kLanes <= dimension; position += kLanes) {
        for (std::size_t lane = 0; lane < kLanes; ++lane) {
            lanes[lane] += left[position + lane] * right[position + lane];
        }
    }
    float sum = 0.0F;
    for (const float lane : lanes) {
        sum += lane;
    }
    for (; position < dimension; ++position) {
        sum += left[position] * right[position];
    }
    return sum;
}

InnerProductStorage::InnerProductStorage(faiss::Index::idx_t dimension)
    : faiss::IndexFlatIP(dimension) {}

faiss::FlatCodesDistanceComputer* InnerProductStorage::get_FlatCodesDistanceComputer() const {
    return new InnerProductComputer(*this);
}

void InnerProductStorage::adopt(faiss::IndexHNSW& index) {
    auto* flat = dynamic_cast<faiss::IndexFlat*>(index.storage);
    if (flat == nullptr || flat->metric_type != faiss::METRIC_INNER_PRODUCT) {
        throw EngineError("retriever: the HNSW index does not store flat inner-product vectors");
    }
    if (dynamic_cast<InnerProductStorage*>(flat) != nullptr) {
        return;
    }
    auto storage = std::make_unique<InnerProductStorage>(flat->d);
    storage->codes = std::move(flat->codes);
    storage->ntotal = flat->ntotal;
    if (index.own_fields) {
        delete flat;
    }
    index.storage = storage.release();
    index.own_fields = true;
}

}  // namespace recops::engine
