// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <Eigen/Core>

namespace recops::engine {

/// Latent factors, one row per user or item. Row-major so that a row (one vector) is
/// contiguous: that is what per-row solves, dot products and FAISS want.
using FactorMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

}  // namespace recops::engine
