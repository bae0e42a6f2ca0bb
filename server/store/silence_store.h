// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/silence_record.h"

#include <vector>

namespace recops::store {

/// Where silences live, expired ones included.
class SilenceStore {
public:
    virtual ~SilenceStore() = default;

    /// Inserts @p silence, or replaces the one with its id.
    virtual void save(const SilenceRecord& silence) = 0;
    /// Every silence, oldest first.
    virtual std::vector<SilenceRecord> list() = 0;
};

}  // namespace recops::store
