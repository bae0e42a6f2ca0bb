// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace recops::store {

/// Where a model version stands: None (just registered) → Staging → Production → Archived.
enum class ModelStage { None, Staging, Production, Archived };

inline constexpr std::array<std::string_view, 4> kModelStageNames{"None", "Staging", "Production",
                                                                  "Archived"};

constexpr std::string_view stageName(ModelStage stage) {
    return kModelStageNames[static_cast<std::size_t>(stage)];
}

/// The stage named @p name, case-insensitively ("production", "Production"), or nothing.
std::optional<ModelStage> parseStage(std::string_view name);

}  // namespace recops::store
