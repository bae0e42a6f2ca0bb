// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <string>

namespace recops::engine {

/// One user event as the store keeps it. `type` is an open vocabulary (view, click,
/// complete, rate, ...) that EventWeights turns into a confidence; `value` matters for
/// ratings (the rating itself) and is otherwise ignored.
struct InteractionEvent {
    std::string userId;
    std::string itemId;
    std::string type;
    double value = 0.0;
    std::int64_t timestampSeconds = 0;
};

}  // namespace recops::engine
