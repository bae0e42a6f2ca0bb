// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/factor_matrix.h"
#include "engine/types.h"

#include <cstdint>
#include <span>

#include <Eigen/Core>

namespace recops::engine {

/// The per-row subproblem of implicit ALS (Hu, Koren & Volinsky, "Collaborative Filtering
/// for Implicit Feedback Datasets", ICDM 2008): with the other side's factors Y fixed,
/// a user's vector minimises
///
///     sum_i c_ui (p_ui - x^T y_i)^2 + lambda |x|^2,   c_ui = 1 + alpha r_ui,
///
/// where p_ui = 1 for the items the user touched and 0 for every other item. The solution
/// is (paper, eq. 4)
///
///     x = (Y^T Y + Y^T (C_u - I) Y + lambda I)^-1  Y^T C_u p_u,
///
/// and the paper's trick is that Y^T Y + lambda I is shared by every row, so a row costs
/// O(n_u f^2 + f^3) instead of O(n f^2). The same object solves items with users fixed
/// (swap the roles), and folds in a new user at serving time.
class ImplicitLeastSquares {
public:
    /// `fixed` must outlive this object.
    ImplicitLeastSquares(const FactorMatrix& fixed, float regularization, float alpha);

    std::size_t factors() const { return static_cast<std::size_t>(m_fixed->cols()); }
    /// Floats of workspace solveExact() and refineConjugateGradient() need.
    std::size_t workspaceSize() const { return factors() * factors() + 3 * factors(); }

    /// Exact solve by Cholesky factorisation. `indices` and `weights` are the row's
    /// non-zeros (weights are r_ui, before the 1 + alpha r mapping); writes `x`.
    void solveExact(std::span<const std::uint32_t> indices, std::span<const float> weights,
                    float* x, float* workspace) const;
    /// The same for a history given as (item, weight) pairs; items outside the fixed
    /// factors are skipped.
    void solveExact(std::span<const WeightedItem> history, float* x, float* workspace) const;
    /// `steps` conjugate-gradient iterations starting from the current `x` (Takacs, Pilaszy
    /// & Tikk, "Applications of the Conjugate Gradient Method for Implicit Feedback
    /// Collaborative Filtering", RecSys 2011). Each step lowers the row's objective, so
    /// warm-started from the previous ALS iteration, three steps are close to exact at a
    /// fraction of the cost for large f.
    void refineConjugateGradient(std::span<const std::uint32_t> indices,
                                 std::span<const float> weights, float* x, int steps,
                                 float* workspace) const;

    /// Y^T Y + lambda I.
    const Eigen::MatrixXf& regularizedGram() const { return m_gram; }

private:
    template <typename Row>
    void solveExactRow(const Row& row, float* x, float* workspace) const;

    const FactorMatrix* m_fixed;
    float m_alpha;
    Eigen::MatrixXf m_gram;
};

}  // namespace recops::engine
