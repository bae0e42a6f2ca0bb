// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/implicit_least_squares.h"

#include <Eigen/Cholesky>

namespace recops::engine {
namespace {

// Below this squared residual norm a row is solved to float precision; stop iterating.
constexpr float kResidualFloor = 1e-20F;

/// A CSR row seen as (index, weight) entries.
struct CsrRow {
    std::span<const std::uint32_t> indices;
    std::span<const float> weights;
    std::size_t size() const { return indices.size(); }
    std::uint32_t index(std::size_t position) const { return indices[position]; }
    float weight(std::size_t position) const { return weights[position]; }
};

/// A history seen as (index, weight) entries.
struct HistoryRow {
    std::span<const WeightedItem> entries;
    std::size_t size() const { return entries.size(); }
    std::uint32_t index(std::size_t position) const { return entries[position].item; }
    float weight(std::size_t position) const { return entries[position].weight; }
};

}  // namespace

ImplicitLeastSquares::ImplicitLeastSquares(const FactorMatrix& fixed, float regularization,
                                           float alpha)
    : m_fixed(&fixed), m_alpha(alpha) {
    const auto f = fixed.cols();
    m_gram = Eigen::MatrixXf::Zero(f, f);
    m_gram.selfadjointView<Eigen::Lower>().rankUpdate(fixed.transpose());
    m_gram.triangularView<Eigen::StrictlyUpper>() = m_gram.transpose();
    m_gram.diagonal().array() += regularization;
}

void ImplicitLeastSquares::solveExact(std::span<const std::uint32_t> indices,
                                      std::span<const float> weights, float* x,
                                      float* workspace) const {
    solveExactRow(CsrRow{indices, weights}, x, workspace);
}

void ImplicitLeastSquares::solveExact(std::span<const WeightedItem> history, float* x,
                                      float* workspace) const {
    solveExactRow(HistoryRow{history}, x, workspace);
}

template <typename Row>
void ImplicitLeastSquares::solveExactRow(const Row& row, float* x, float* workspace) const {
    const auto f = static_cast<Eigen::Index>(factors());
    Eigen::Map<Eigen::MatrixXf> system(workspace, f, f);
    Eigen::Map<Eigen::VectorXf> rightHandSide(workspace + f * f, f);
    system = m_gram;
    rightHandSide.setZero();
    for (std::size_t position = 0; position < row.size(); ++position) {
        if (row.index(position) >= static_cast<std::uint32_t>(m_fixed->rows())) {
            continue;
        }
        const auto y = m_fixed->row(row.index(position)).transpose();
        const float confidence = 1.0F + m_alpha * row.weight(position);
        // Only the lower triangle is read by the Cholesky factorisation below.
        system.selfadjointView<Eigen::Lower>().rankUpdate(y, confidence - 1.0F);
        rightHandSide.noalias() += confidence * y;
    }
    Eigen::Map<Eigen::VectorXf> solution(x, f);
    Eigen::LLT<Eigen::Ref<Eigen::MatrixXf>, Eigen::Lower> cholesky(system);
    if (cholesky.info() != Eigen::Success) {
        // Y^T C Y + lambda I is positive definite for lambda > 0; reaching this means the
        // factors hold NaN or Inf. A zero vector scores nothing rather than garbage.
        solution.setZero();
        return;
    }
    cholesky.solveInPlace(rightHandSide);
    solution = rightHandSide;
}

void ImplicitLeastSquares::refineConjugateGradient(std::span<const std::uint32_t> indices,
                                                   std::span<const float> weights, float* x,
                                                   int steps, float* workspace) const {
    const auto f = static_cast<Eigen::Index>(factors());
    Eigen::Map<Eigen::VectorXf> solution(x, f);
    Eigen::Map<Eigen::VectorXf> residual(workspace, f);
    Eigen::Map<Eigen::VectorXf> direction(workspace + f, f);
    Eigen::Map<Eigen::VectorXf> product(workspace + 2 * f, f);

    // residual = b - A x, with A = G + Y^T (C - I) Y and b = Y^T C p, G = Y^T Y + lambda I.
    residual.noalias() = -(m_gram * solution);
    for (std::size_t position = 0; position < indices.size(); ++position) {
        const auto y = m_fixed->row(indices[position]).transpose();
        const float confidence = 1.0F + m_alpha * weights[position];
        residual.noalias() += (confidence - (confidence - 1.0F) * y.dot(solution)) * y;
    }
    direction = residual;
    float residualNorm = residual.squaredNorm();
    for (int step = 0; step < steps && residualNorm > kResidualFloor; ++step) {
        product.noalias() = m_gram * direction;
        for (std::size_t position = 0; position < indices.size(); ++position) {
            const auto y = m_fixed->row(indices[position]).transpose();
            const float confidence = 1.0F + m_alpha * weights[position];
            product.noalias() += ((confidence - 1.0F) * y.dot(direction)) * y;
        }
        const float curvature = direction.dot(product);
        if (!(curvature > 0.0F)) {
            break;
        }
        const float stepLength = residualNorm / curvature;
        solution.noalias() += stepLength * direction;
        residual.noalias() -= stepLength * product;
        const float nextNorm = residual.squaredNorm();
        direction = residual + (nextNorm / residualNorm) * direction;
        residualNorm = nextNorm;
    }
}

}  // namespace recops::engine
