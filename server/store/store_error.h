// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <stdexcept>
#include <string>

namespace recops::store {

/// The database failed or refused: cannot open, I/O error, schema newer than this binary.
/// The message names the database and carries the engine's own reason.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace recops::store
