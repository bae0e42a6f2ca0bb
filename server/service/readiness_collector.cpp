// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/readiness_collector.h"

#include "metrics/exposition_writer.h"
#include "service/readiness.h"

namespace recops::service {

void ReadinessCollector::collect(metrics::ExpositionWriter& writer) const {
    const bool ready = notReadyReasons(m_storage, m_model, m_faults).empty();
    writer.writeHeader("recopsd_ready", "1 when /readyz answers 200, 0 when it answers 503.",
                       metrics::MetricType::Gauge);
    writer.writeSample("recopsd_ready", {}, ready ? 1.0 : 0.0);
}

}  // namespace recops::service
