// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// EASE fit in one n x n float buffer: the Gram matrix is built in it, factorised in place
// by LAPACK's Cholesky (spotrf), inverted in place (spotri), and finally turned into B in
// place. LAPACK (OpenBLAS in Debian) picks vectorised kernels at run time, which matters:
// the inversion is O(n^3) and dominates the fit.
#include "engine/ease_recommender.h"

#include "engine/engine_error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

// LAPACK's Fortran entry points. The trailing lengths are the hidden character-argument
// lengths of gfortran's calling convention.
extern "C" {
void spotrf_(const char* uplo, const int* n, float* a, const int* lda, int* info,
             std::size_t uploLength);
void spotri_(const char* uplo, const int* n, float* a, const int* lda, int* info,
             std::size_t uploLength);
}

namespace recops::engine {
namespace {

constexpr const char* kWeightsFile = "ease_weights.bin";
constexpr double kBytesPerMb = 1024.0 * 1024.0;

}  // namespace

EaseRecommender::EaseRecommender(ComponentSpec& spec)
    : m_lambda(spec.number("lambda", 250.0, 1e-6, 1e9))
    , m_dropout(spec.number("dropout", 0.0, 0.0, 0.95))
    , m_maxMemoryMb(spec.number("max_memory_mb", 4096.0, 1.0, 1e9)) {
    spec.finish();
}

double EaseRecommender::requiredBytes(std::size_t items) {
    return static_cast<double>(items) * static_cast<double>(items) * sizeof(float);
}

std::string EaseRecommender::spec() const {
    return "ease:lambda=" + ComponentSpec::formatNumber(m_lambda) +
           ",dropout=" + ComponentSpec::formatNumber(m_dropout) +
           ",max_memory_mb=" + ComponentSpec::formatNumber(m_maxMemoryMb);
}

void EaseRecommender::checkCapacity(std::size_t items) const {
    const double needMb = requiredBytes(items) / kBytesPerMb;
    if (needMb > m_maxMemoryMb ||
        items > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw CapacityError(
            "ease: " + std::to_string(items) + " items need a dense " + std::to_string(items) +
            " x " + std::to_string(items) + " matrix of " +
            std::to_string(static_cast<long long>(needMb)) +
            " MB, over max_memory_mb=" + std::to_string(static_cast<long long>(m_maxMemoryMb)) +
            "; use als for a catalog this large");
    }
}

void EaseRecommender::fit(const InteractionDataset& data, const TrainingMonitor& monitor) {
    const std::size_t n = data.itemCount();
    if (n == 0) {
        throw CapacityError("ease: the dataset has no items");
    }
    checkCapacity(n);
    m_fitted = false;
    monitor.throwIfCancelled();

    // Column j of G = X^T X is sum over the users u of item j of x_uj * x_u (column-major,
    // so each column is contiguous and OpenMP threads never write the same memory).
    std::vector<float> matrix(n * n, 0.0F);
    const auto& byUser = data.matrix();
    const auto byItem = byUser.transposed();
    const auto items = static_cast<std::int64_t>(n);
#pragma omp parallel for schedule(dynamic, 16)
    for (std::int64_t j = 0; j < items; ++j) {
        float* column = matrix.data() + static_cast<std::size_t>(j) * n;
        const auto users = byItem.rowColumns(static_cast<std::size_t>(j));
        const auto userWeights = byItem.rowValues(static_cast<std::size_t>(j));
        for (std::size_t position = 0; position < users.size(); ++position) {
            const auto rowItems = byUser.rowColumns(users[position]);
            const auto rowWeights = byUser.rowValues(users[position]);
            for (std::size_t cell = 0; cell < rowItems.size(); ++cell) {
                column[rowItems[cell]] += userWeights[position] * rowWeights[cell];
            }
        }
        // EDLAE (Steck, NeurIPS 2020, eq. 10): dropout emphasis adds p/(1-p) G_jj to the
        // ridge term of item j, regularising popular items more; p = 0 is plain EASE.
        column[j] += static_cast<float>(m_lambda + m_dropout / (1.0 - m_dropout) * column[j]);
    }
    monitor.report({"ease: Gram matrix", 1, 3, std::nullopt});
    monitor.throwIfCancelled();

    const int order = static_cast<int>(n);
    int info = 0;
    spotrf_("L", &order, matrix.data(), &order, &info, 1);
    if (info != 0) {
        throw EngineError("ease: Cholesky factorisation failed (LAPACK info " +
                          std::to_string(info) + "); is lambda > 0?");
    }
    monitor.report({"ease: Cholesky factorisation", 2, 3, std::nullopt});
    monitor.throwIfCancelled();
    spotri_("L", &order, matrix.data(), &order, &info, 1);
    if (info != 0) {
        throw EngineError("ease: inversion failed (LAPACK info " + std::to_string(info) + ")");
    }

    // spotri leaves P in the lower triangle (column-major). P is symmetric, so the
    // column-major lower triangle read row-major is the upper triangle: mirror it, then
    // scale. In row-major terms B(i, j) = -P(i, j) / P(j, j).
    std::vector<float> diagonal(n);
    for (std::size_t i = 0; i < n; ++i) {
        diagonal[i] = matrix[i * n + i];
    }
#pragma omp parallel for schedule(dynamic, 64)
    for (std::int64_t signedRow = 0; signedRow < items; ++signedRow) {
        const auto i = static_cast<std::size_t>(signedRow);
        // Row-major (i, j) for j < i lives at column-major (j, i) of the upper part, which
        // spotri did not write; its mirror (i, j) column-major sits at j * n + i.
        for (std::size_t j = 0; j < i; ++j) {
            matrix[i * n + j] = matrix[j * n + i];
        }
    }
#pragma omp parallel for schedule(static)
    for (std::int64_t signedRow = 0; signedRow < items; ++signedRow) {
        const auto i = static_cast<std::size_t>(signedRow);
        float* row = matrix.data() + i * n;
        for (std::size_t j = 0; j < n; ++j) {
            row[j] = -row[j] / diagonal[j];
        }
        row[i] = 0.0F;
    }
    monitor.report({"ease: inverse and weights", 3, 3, std::nullopt});
    m_weights = std::move(matrix);
    m_items = n;
    m_fitted = true;
}

void EaseRecommender::scoreAll(const UserQuery& query, std::span<float> scores) const {
    std::fill(scores.begin(), scores.end(), 0.0F);
    for (const auto& entry : query.history) {
        if (entry.item >= m_items) {
            continue;
        }
        const float* row = m_weights.data() + static_cast<std::size_t>(entry.item) * m_items;
        for (std::size_t j = 0; j < m_items; ++j) {
            scores[j] += entry.weight * row[j];
        }
    }
}

void EaseRecommender::scoreItems(const UserQuery& query, std::span<const ItemIndex> items,
                                 std::span<float> scores) const {
    std::fill(scores.begin(), scores.end(), 0.0F);
    for (const auto& entry : query.history) {
        if (entry.item >= m_items) {
            continue;
        }
        const float* row = m_weights.data() + static_cast<std::size_t>(entry.item) * m_items;
        for (std::size_t position = 0; position < items.size(); ++position) {
            scores[position] += entry.weight * row[items[position]];
        }
    }
}

void EaseRecommender::save(ArtifactWriter& writer) const {
    writer.writeFloats(kWeightsFile, m_items, m_items, m_weights);
}

void EaseRecommender::load(const ArtifactReader& reader) {
    auto array = reader.readFloats(kWeightsFile);
    array.requireShape(array.rows, array.rows);
    checkCapacity(array.rows);
    for (std::size_t i = 0; i < array.rows; ++i) {
        if (array.values[i * array.rows + i] != 0.0F) {
            throw ArtifactError("artifact '" + array.name +
                                "' is not an EASE matrix: its diagonal is not zero");
        }
    }
    if (!std::all_of(array.values.begin(), array.values.end(),
                     [](float value) { return std::isfinite(value); })) {
        throw ArtifactError("artifact '" + array.name + "' holds a non-finite weight");
    }
    m_weights = std::move(array.values);
    m_items = array.rows;
    m_fitted = true;
}

}  // namespace recops::engine
