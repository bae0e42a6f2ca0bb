// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace recops::engine {

/// A compact compressed-sparse-row matrix of floats: 4-byte column indices, 8-byte row
/// offsets (so more than 2^32 non-zeros fit), columns sorted within each row.
///
/// The engine keeps its own CSR rather than Eigen's sparse type because the hot loops
/// (ALS, EASE's Gram matrix, item-kNN) walk rows directly, and the three arrays are also
/// the on-disk layout of the artifacts.
class CsrMatrix {
public:
    struct Triplet {
        std::uint32_t row = 0;
        std::uint32_t column = 0;
        float value = 0.0F;
    };

    CsrMatrix() = default;
    /// An all-zero matrix of the given shape.
    CsrMatrix(std::size_t rows, std::size_t columns);
    /// Takes the three arrays as they are; throws EngineError unless they form a valid CSR
    /// (offsets monotone from 0 to nnz, columns in range and strictly increasing per row).
    CsrMatrix(std::size_t rows, std::size_t columns, std::vector<std::uint64_t> rowOffsets,
              std::vector<std::uint32_t> columnIndices, std::vector<float> values);

    /// Builds from unordered triplets; duplicates of one cell are summed.
    static CsrMatrix fromTriplets(std::size_t rows, std::size_t columns,
                                  std::vector<Triplet> triplets);

    std::size_t rows() const { return m_rows; }
    std::size_t columns() const { return m_columns; }
    std::size_t nonZeros() const { return m_columnIndices.size(); }

    std::span<const std::uint32_t> rowColumns(std::size_t row) const {
        return {m_columnIndices.data() + m_rowOffsets[row],
                m_columnIndices.data() + m_rowOffsets[row + 1]};
    }
    std::span<const float> rowValues(std::size_t row) const {
        return {m_values.data() + m_rowOffsets[row], m_values.data() + m_rowOffsets[row + 1]};
    }
    std::size_t rowSize(std::size_t row) const { return m_rowOffsets[row + 1] - m_rowOffsets[row]; }

    const std::vector<std::uint64_t>& rowOffsets() const { return m_rowOffsets; }
    const std::vector<std::uint32_t>& columnIndices() const { return m_columnIndices; }
    const std::vector<float>& values() const { return m_values; }

    /// The transpose, also in CSR form (so the CSC view of this matrix).
    CsrMatrix transposed() const;

    friend bool operator==(const CsrMatrix&, const CsrMatrix&) = default;

private:
    std::size_t m_rows = 0;
    std::size_t m_columns = 0;
    std::vector<std::uint64_t> m_rowOffsets{0};
    std::vector<std::uint32_t> m_columnIndices;
    std::vector<float> m_values;
};

}  // namespace recops::engine
