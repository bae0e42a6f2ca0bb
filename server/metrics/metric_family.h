// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/collectable.h"
#include "metrics/exposition_writer.h"
#include "metrics/family_reading.h"

#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace recops::metrics {

/**
 * Metrics of one name and type, one per combination of label values
 * (http_requests_total{method,route,status}).
 *
 * withLabels() takes a lock and may allocate: call it once and keep the reference (children
 * live as long as the family), never per request. Updating a child takes no lock.
 */
template <typename Metric>
class MetricFamily final : public Collectable {
public:
    using Factory = std::function<std::unique_ptr<Metric>()>;

    MetricFamily(std::string name, std::string help, std::vector<std::string> labelNames,
                 Factory factory)
        : m_name(std::move(name))
        , m_help(std::move(help))
        , m_labelNames(std::move(labelNames))
        , m_factory(std::move(factory)) {}

    /// The child for @p values, one per label name in order; created on first use.
    /// Throws std::invalid_argument when the number of values is wrong.
    Metric& withLabels(std::span<const std::string_view> values) {
        if (values.size() != m_labelNames.size()) {
            throw std::invalid_argument(m_name + " takes " + std::to_string(m_labelNames.size()) +
                                        " label values");
        }
        std::string pairs = renderLabelPairs(m_labelNames, values);
        std::lock_guard lock(m_mutex);
        auto found = m_children.find(pairs);
        if (found == m_children.end()) {
            found = m_children
                        .emplace(std::move(pairs),
                                 Child{std::vector<std::string>(values.begin(), values.end()),
                                       m_factory()})
                        .first;
        }
        return *found->second.metric;
    }

    Metric& withLabels(std::initializer_list<std::string_view> values) {
        return withLabels(std::span<const std::string_view>(values.begin(), values.size()));
    }

    const std::string& name() const { return m_name; }
    const std::vector<std::string>& labelNames() const { return m_labelNames; }

    void collect(ExpositionWriter& writer) const override {
        writer.writeHeader(m_name, m_help, Metric::kType);
        std::lock_guard lock(m_mutex);
        for (const auto& [pairs, child] : m_children) {
            child.metric->expose(writer, m_name, pairs);
        }
    }

    /// Every child's labels and value, for code that acts on a metric another part of the
    /// server publishes (alert rules). Takes the family's lock: not for request paths.
    FamilyReading read() const {
        FamilyReading reading{Metric::kType, {}};
        std::lock_guard lock(m_mutex);
        for (const auto& [pairs, child] : m_children) {
            SampleReading sample{{}, readValue(*child.metric)};
            for (std::size_t index = 0; index < m_labelNames.size(); ++index) {
                sample.labels.emplace_back(m_labelNames[index], child.labelValues[index]);
            }
            reading.samples.push_back(std::move(sample));
        }
        return reading;
    }

private:
    struct Child {
        std::vector<std::string> labelValues;
        std::unique_ptr<Metric> metric;
    };

    static double readValue(const Metric& metric) {
        if constexpr (Metric::kType == MetricType::Histogram) {
            return static_cast<double>(metric.snapshot().count);
        } else {
            return static_cast<double>(metric.value());
        }
    }

    std::string m_name;
    std::string m_help;
    std::vector<std::string> m_labelNames;
    Factory m_factory;
    mutable std::mutex m_mutex;
    /// Keyed by the rendered label pairs, which also gives a stable order in scrapes.
    std::map<std::string, Child> m_children;
};

}  // namespace recops::metrics
