// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/csr_matrix.h"

#include "engine/engine_error.h"

#include <algorithm>
#include <limits>
#include <string>

namespace recops::engine {
namespace {

void checkShape(std::size_t rows, std::size_t columns) {
    constexpr auto kMaxDimension = std::numeric_limits<std::uint32_t>::max();
    if (rows > kMaxDimension || columns > kMaxDimension) {
        throw CapacityError("sparse matrix of " + std::to_string(rows) + "x" +
                            std::to_string(columns) + " exceeds 2^32-1 rows or columns");
    }
}

}  // namespace

CsrMatrix::CsrMatrix(std::size_t rows, std::size_t columns)
    : m_rows(rows), m_columns(columns), m_rowOffsets(rows + 1, 0) {
    checkShape(rows, columns);
}

CsrMatrix::CsrMatrix(std::size_t rows, std::size_t columns, std::vector<std::uint64_t> rowOffsets,
                     std::vector<std::uint32_t> columnIndices, std::vector<float> values)
    : m_rows(rows)
    , m_columns(columns)
    , m_rowOffsets(std::move(rowOffsets))
    , m_columnIndices(std::move(columnIndices))
    , m_values(std::move(values)) {
    checkShape(rows, columns);
    if (m_rowOffsets.size() != rows + 1 || m_rowOffsets.front() != 0 ||
        m_rowOffsets.back() != m_columnIndices.size() ||
        m_values.size() != m_columnIndices.size()) {
        throw EngineError(
            "sparse matrix arrays do not agree: " + std::to_string(m_rowOffsets.size()) +
            " row offsets for " + std::to_string(rows) + " rows, " +
            std::to_string(m_columnIndices.size()) + " column indices, " +
            std::to_string(m_values.size()) + " values");
    }
    for (std::size_t row = 0; row < rows; ++row) {
        if (m_rowOffsets[row] > m_rowOffsets[row + 1]) {
            throw EngineError("sparse matrix row offsets decrease at row " + std::to_string(row));
        }
        const auto cells = rowColumns(row);
        for (std::size_t position = 0; position < cells.size(); ++position) {
            if (cells[position] >= columns ||
                (position > 0 && cells[position] <= cells[position - 1])) {
                throw EngineError("sparse matrix row " + std::to_string(row) +
                                  " has a column index out of range or out of order");
            }
        }
    }
}

CsrMatrix CsrMatrix::fromTriplets(std::size_t rows, std::size_t columns,
                                  std::vector<Triplet> triplets) {
    checkShape(rows, columns);
    for (const auto& triplet : triplets) {
        if (triplet.row >= rows || triplet.column >= columns) {
            throw EngineError("triplet (" + std::to_string(triplet.row) + ", " +
                              std::to_string(triplet.column) + ") outside a " +
                              std::to_string(rows) + "x" + std::to_string(columns) + " matrix");
        }
    }
    std::sort(triplets.begin(), triplets.end(), [](const Triplet& left, const Triplet& right) {
        return left.row != right.row ? left.row < right.row : left.column < right.column;
    });
    CsrMatrix matrix(rows, columns);
    matrix.m_columnIndices.reserve(triplets.size());
    matrix.m_values.reserve(triplets.size());
    std::vector<std::uint64_t> counts(rows, 0);
    for (std::size_t position = 0; position < triplets.size(); ++position) {
        const auto& triplet = triplets[position];
        const bool sameCell = position > 0 && triplets[position - 1].row == triplet.row &&
                              triplets[position - 1].column == triplet.column;
        if (sameCell) {
            matrix.m_values.back() += triplet.value;
            continue;
        }
        matrix.m_columnIndices.push_back(triplet.column);
        matrix.m_values.push_back(triplet.value);
        ++counts[triplet.row];
    }
    for (std::size_t row = 0; row < rows; ++row) {
        matrix.m_rowOffsets[row + 1] = matrix.m_rowOffsets[row] + counts[row];
    }
    return matrix;
}

CsrMatrix CsrMatrix::transposed() const {
    CsrMatrix result(m_columns, m_rows);
    for (const auto column : m_columnIndices) {
        ++result.m_rowOffsets[column + 1];
    }
    for (std::size_t column = 0; column < m_columns; ++column) {
        result.m_rowOffsets[column + 1] += result.m_rowOffsets[column];
    }
    result.m_columnIndices.resize(nonZeros());
    result.m_values.resize(nonZeros());
    std::vector<std::uint64_t> next(result.m_rowOffsets.begin(), result.m_rowOffsets.end() - 1);
    // Walking rows in order writes each transposed row's entries in increasing order.
    for (std::size_t row = 0; row < m_rows; ++row) {
        for (auto position = m_rowOffsets[row]; position < m_rowOffsets[row + 1]; ++position) {
            const auto target = next[m_columnIndices[position]]++;
            result.m_columnIndices[target] = static_cast<std::uint32_t>(row);
            result.m_values[target] = m_values[position];
        }
    }
    return result;
}

}  // namespace recops::engine
