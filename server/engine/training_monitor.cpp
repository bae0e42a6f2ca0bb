// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/training_monitor.h"

#include "engine/engine_error.h"

namespace recops::engine {

TrainingMonitor::TrainingMonitor(ProgressCallback onProgress, CancelCheck isCancelled)
    : m_onProgress(std::move(onProgress)), m_isCancelled(std::move(isCancelled)) {}

void TrainingMonitor::report(const TrainingProgress& progress) const {
    if (m_onProgress) {
        m_onProgress(progress);
    }
}

void TrainingMonitor::throwIfCancelled() const {
    if (cancelled()) {
        throw TrainingCancelled();
    }
}

}  // namespace recops::engine
