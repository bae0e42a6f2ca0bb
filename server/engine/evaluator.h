// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/evaluation_report.h"
#include "engine/recommender.h"
#include "engine/train_test_split.h"
#include "engine/training_monitor.h"

#include <cstddef>
#include <string_view>

namespace recops::engine {

struct EvaluationOptions {
    std::size_t k = 10;
    /// Cohort boundary: users with fewer training interactions are "new".
    std::size_t newUserThreshold = 20;
};

/// Offline evaluation of top-k recommendation on a per-user split.
///
/// For every user with held-out items: their training row is the history, the model scores
/// the whole catalog, the user's training items are removed, and the top k are compared
/// with the held-out items (all of them relevant, whatever their weight). Metrics are
/// averaged over users, overall and per cohort; coverage and Gini are computed on the
/// recommendation lists of the group.
class Evaluator {
public:
    explicit Evaluator(EvaluationOptions options = {});

    /// `model` must have been fitted on split.train.
    EvaluationReport evaluate(const Recommender& model, const TrainTestSplit& split,
                              const TrainingMonitor& monitor = {}) const;

    /// Splits, fits a fresh model built from `algorithmSpec` on the training part, and
    /// evaluates it. Times both phases.
    EvaluationReport evaluate(std::string_view algorithmSpec, const InteractionDataset& data,
                              const SplitOptions& splitOptions,
                              const TrainingMonitor& monitor = {}) const;

private:
    EvaluationOptions m_options;
};

}  // namespace recops::engine
