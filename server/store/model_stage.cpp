// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/model_stage.h"

#include <algorithm>
#include <cctype>

namespace recops::store {

std::optional<ModelStage> parseStage(std::string_view name) {
    for (std::size_t index = 0; index < kModelStageNames.size(); ++index) {
        const std::string_view candidate = kModelStageNames[index];
        if (std::equal(candidate.begin(), candidate.end(), name.begin(), name.end(),
                       [](char left, char right) {
                           return std::tolower(static_cast<unsigned char>(left)) ==
                                  std::tolower(static_cast<unsigned char>(right));
                       })) {
            return static_cast<ModelStage>(index);
        }
    }
    return std::nullopt;
}

}  // namespace recops::store
