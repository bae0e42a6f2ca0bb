// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/brute_force_retriever.h"

#include "engine/engine_error.h"
#include "engine/top_k.h"

#include <Eigen/Core>

namespace recops::engine {

void BruteForceRetriever::build(std::span<const float> vectors, std::size_t count,
                                std::size_t dimension) {
    if (vectors.size() != count * dimension) {
        throw EngineError("retriever: " + std::to_string(vectors.size()) + " floats for " +
                          std::to_string(count) + " vectors of dimension " +
                          std::to_string(dimension));
    }
    m_vectors.assign(vectors.begin(), vectors.end());
    m_count = count;
    m_dimension = dimension;
}

void BruteForceRetriever::search(std::span<const float> query, std::size_t k, ItemFilter filter,
                                 std::vector<ScoredItem>& out) const {
    if (query.size() != m_dimension) {
        throw EngineError("retriever: query of dimension " + std::to_string(query.size()) +
                          ", index of dimension " + std::to_string(m_dimension));
    }
    // Thread-local so that concurrent searches neither share nor reallocate the buffer.
    thread_local std::vector<float> scores;
    scores.resize(m_count);
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const RowMajor> matrix(m_vectors.data(), static_cast<Eigen::Index>(m_count),
                                            static_cast<Eigen::Index>(m_dimension));
    const Eigen::Map<const Eigen::VectorXf> vector(query.data(),
                                                   static_cast<Eigen::Index>(m_dimension));
    Eigen::Map<Eigen::VectorXf>(scores.data(), static_cast<Eigen::Index>(m_count)).noalias() =
        matrix * vector;
    selectTopK(
        std::span<const float>(scores), k,
        [filter](ItemIndex item) { return filter.accepts(item); }, out);
}

}  // namespace recops::engine
