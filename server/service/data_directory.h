// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <filesystem>

namespace recops::service {

/**
 * Makes @p directory ready to hold recopsd's data: created (mode 0700, parents included) when
 * missing. Returns its absolute path; throws std::runtime_error saying why when it is not a
 * directory or cannot be created.
 */
std::filesystem::path prepareDataDirectory(const std::filesystem::path& directory);

/// Where the model registry keeps its version directories: `<data dir>/models`.
std::filesystem::path modelsDirectory(const std::filesystem::path& dataDirectory);

}  // namespace recops::service
