// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/live_model_status.h"

#include "models/live_model.h"

namespace recops::service {

std::optional<ModelDescription> LiveModelStatus::describe() const {
    const auto state = m_liveModel.acquireState();
    if (!state->production) {
        return std::nullopt;
    }
    const models::LoadedVersion& version = *state->production;
    return ModelDescription{version.record.model, std::to_string(version.record.version),
                            std::string(version.model->bundle().model().algorithm()),
                            version.loadedAt};
}

}  // namespace recops::service
