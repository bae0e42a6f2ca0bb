// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "service/serving_model.h"

namespace recops::models {
class LiveModel;
}

namespace recops::service {

/// What the probes know of the model that LiveModel serves.
class LiveModelStatus final : public ServingModel {
public:
    explicit LiveModelStatus(const models::LiveModel& liveModel) : m_liveModel(liveModel) {}

    std::optional<ModelDescription> describe() const override;

private:
    const models::LiveModel& m_liveModel;
};

}  // namespace recops::service
