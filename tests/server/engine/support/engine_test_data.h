// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/interaction_dataset.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace recops::engine::testing {

/// A dataset from a dense users x items table: zero cells are absent, users are "u<row>",
/// items "i<column>". `timestamps` (same shape) gives each cell's time; all 0 if empty.
InteractionDataset denseDataset(const std::vector<std::vector<float>>& rows,
                                const std::vector<std::vector<std::int64_t>>& timestamps = {});

/// Row-major random normal vectors, deterministic for a seed.
std::vector<float> randomVectors(std::size_t count, std::size_t dimension, std::uint64_t seed);

/// A fresh directory under the system's temporary directory, removed with its contents on
/// destruction.
class ScratchDirectory {
public:
    ScratchDirectory();
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// Reads a whole file as bytes / writes it back (to corrupt artifacts on purpose).
std::string readFileBytes(const std::filesystem::path& path);
void writeFileBytes(const std::filesystem::path& path, const std::string& bytes);

}  // namespace recops::engine::testing
