// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

namespace recops::metrics {

class ExpositionWriter;

/// Anything that writes metric families into a scrape: a family of metrics, or a collector
/// that reads its values when scraped (process statistics).
class Collectable {
public:
    virtual ~Collectable() = default;
    virtual void collect(ExpositionWriter& writer) const = 0;
};

}  // namespace recops::metrics
