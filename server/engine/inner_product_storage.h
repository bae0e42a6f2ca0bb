// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>

#include <faiss/IndexFlat.h>

namespace faiss {
struct IndexHNSW;
}

namespace recops::engine {

/**
 * The vectors of an HNSW graph (FAISS's flat inner-product storage, same bytes, same file
 * format), measured with a vectorised inner product.
 *
 * Debian's FAISS 1.7.3 is built for the baseline x86-64 and computes every distance of a
 * graph search with its scalar reference loop, which took more than half of a
 * recommendation at 100,000 items. This storage's distance computer uses the widest vector
 * unit of the machine it runs on (AVX2 when present, chosen when the program starts), for the
 * graph's construction and its searches alike.
 */
class InnerProductStorage final : public faiss::IndexFlatIP {
public:
    explicit InnerProductStorage(faiss::Index::idx_t dimension);

    faiss::FlatCodesDistanceComputer* get_FlatCodesDistanceComputer() const override;

    /// Moves the vectors of @p index's storage (a faiss::IndexFlat of the inner-product
    /// metric, as IndexHNSWFlat makes and read_index loads) into an InnerProductStorage.
    static void adopt(faiss::IndexHNSW& index);
};

/// Σ a_i b_i over @p dimension floats, vectorised (see InnerProductStorage).
float innerProduct(const float* left, const float* right, std::size_t dimension);

}  // namespace recops::engine
