// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/gauge.h"

#include "metrics/exposition_writer.h"

namespace recops::metrics {

void Gauge::expose(ExpositionWriter& writer, std::string_view name,
                   std::string_view labelPairs) const {
    writer.writeSample(name, labelPairs, value());
}

}  // namespace recops::metrics
