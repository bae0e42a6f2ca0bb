// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/metric_type.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace recops::metrics {

/**
 * Writes the Prometheus text exposition format, version 0.0.4.
 *
 * Label sets are passed pre-rendered (see renderLabelPairs()) because a metric's labels never
 * change: each child renders its own once, and a scrape only concatenates.
 */
class ExpositionWriter {
public:
    static constexpr std::string_view kContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// The # HELP and # TYPE lines that open a family.
    void writeHeader(std::string_view name, std::string_view help, MetricType type);

    /// name{labelPairs} value
    void writeSample(std::string_view name, std::string_view labelPairs, double value);
    void writeSample(std::string_view name, std::string_view labelPairs, std::uint64_t value);

    /// name{labelPairs,extraName="extraValue"} value, for a histogram's le label.
    void writeSample(std::string_view name, std::string_view labelPairs, std::string_view extraName,
                     std::string_view extraValue, std::uint64_t value);

    const std::string& text() const { return m_text; }

private:
    void writeNameAndLabels(std::string_view name, std::string_view labelPairs);

    std::string m_text;
};

/// label="value" pairs joined by commas, values escaped (\\, \", \n), without braces.
std::string renderLabelPairs(std::span<const std::string> names,
                             std::span<const std::string_view> values);

/// A sample value as the format wants it: shortest round-trip decimal, +Inf, -Inf or NaN.
std::string formatSampleValue(double value);

}  // namespace recops::metrics
