// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "drills/fault_collector.h"

#include "drills/fault_injector.h"
#include "metrics/exposition_writer.h"

#include <array>
#include <string>

namespace recops::drills {

void FaultCollector::collect(metrics::ExpositionWriter& writer) const {
    static const std::array<std::string, 1> kLabelNames{"kind"};
    writer.writeHeader("fault_active", "1 while an injected fault of this kind applies (drills).",
                       metrics::MetricType::Gauge);
    for (FaultKind kind : allFaultKinds()) {
        const std::array<std::string_view, 1> values{faultKindName(kind)};
        writer.writeSample("fault_active", metrics::renderLabelPairs(kLabelNames, values),
                           m_injector.active(kind) ? 1.0 : 0.0);
    }
}

}  // namespace recops::drills
