// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string>

namespace recops::store {

/// What /healthz and /readyz report about storage.
struct StoreHealth {
    std::string backend;
    bool available = false;
    int schemaVersion = 0;
    /// Why the store is unavailable; empty when it is available.
    std::string error;
};

}  // namespace recops::store
