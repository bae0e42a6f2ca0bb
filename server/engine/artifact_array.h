// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/engine_error.h"

#include <cstddef>
#include <string>
#include <vector>

namespace recops::engine {

/// A row-major array read from an artifact file, with the file's name for messages.
template <typename Element>
struct ArtifactArray {
    std::string name;
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<Element> values;

    /// Throws ArtifactError unless the array has exactly this shape.
    const ArtifactArray& requireShape(std::size_t expectedRows, std::size_t expectedColumns) const {
        if (rows != expectedRows || columns != expectedColumns) {
            throw ArtifactError("artifact '" + name + "': expected a " +
                                std::to_string(expectedRows) + " x " +
                                std::to_string(expectedColumns) + " array, found " +
                                std::to_string(rows) + " x " + std::to_string(columns));
        }
        return *this;
    }
};

}  // namespace recops::engine
