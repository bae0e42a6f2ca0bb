// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/collectable.h"

namespace recops::drills {
class FaultInjector;
}
namespace recops::store {
class Storage;
}

namespace recops::service {

class ServingModel;

/**
 * recopsd_ready: 1 when /readyz would answer 200, 0 otherwise, worked out at each scrape from
 * the same facts (notReadyReasons()), so that Prometheus' ServiceNotReady rule agrees with
 * the built-in one without probing /readyz itself.
 */
class ReadinessCollector final : public metrics::Collectable {
public:
    ReadinessCollector(store::Storage& storage, const ServingModel& model,
                       const drills::FaultInjector& faults)
        : m_storage(storage), m_model(model), m_faults(faults) {}

    void collect(metrics::ExpositionWriter& writer) const override;

private:
    store::Storage& m_storage;
    const ServingModel& m_model;
    const drills::FaultInjector& m_faults;
};

}  // namespace recops::service
