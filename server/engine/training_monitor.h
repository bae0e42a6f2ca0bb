// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>

namespace recops::engine {

/// One progress report from a training run.
struct TrainingProgress {
    std::string_view phase;  ///< for example "als: iteration", "ease: inverting the Gram matrix"
    std::size_t step = 0;    ///< steps done so far in this phase
    std::size_t totalSteps = 0;
    std::optional<double> loss;  ///< the training objective after this step, where known
};

/// Lets the caller follow a fit and stop it. Both callbacks are optional. The cancel check
/// is polled between units of work (iterations, blocks of rows), so it must be cheap and
/// thread-safe; when it returns true the fit throws TrainingCancelled and the model is
/// left unfitted.
class TrainingMonitor {
public:
    using ProgressCallback = std::function<void(const TrainingProgress&)>;
    using CancelCheck = std::function<bool()>;

    TrainingMonitor() = default;
    TrainingMonitor(ProgressCallback onProgress, CancelCheck isCancelled);

    void report(const TrainingProgress& progress) const;
    bool cancelled() const { return m_isCancelled && m_isCancelled(); }
    /// Throws TrainingCancelled when the cancel check says so.
    void throwIfCancelled() const;

private:
    ProgressCallback m_onProgress;
    CancelCheck m_isCancelled;
};

}  // namespace recops::engine
