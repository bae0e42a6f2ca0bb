// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/collectable.h"

namespace recops::drills {

class FaultInjector;

/// fault_active{kind} (1 while a fault of that kind applies, 0 otherwise, for every kind),
/// read from the injector at each scrape so that an expiry shows at once.
class FaultCollector final : public metrics::Collectable {
public:
    explicit FaultCollector(const FaultInjector& injector) : m_injector(injector) {}

    void collect(metrics::ExpositionWriter& writer) const override;

private:
    const FaultInjector& m_injector;
};

}  // namespace recops::drills
