// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/registry.h"

#include "metrics/metric_names.h"

#include <algorithm>
#include <stdexcept>

namespace recops::metrics {

void Registry::claim(const std::string& name, const std::vector<std::string>& labelNames) {
    if (!isValidMetricName(name)) {
        throw std::invalid_argument("invalid metric name: " + name);
    }
    for (const std::string& label : labelNames) {
        if (!isValidLabelName(label)) {
            throw std::invalid_argument("invalid label name for " + name + ": " + label);
        }
    }
    std::lock_guard lock(m_mutex);
    if (!m_names.insert(name).second) {
        throw std::invalid_argument("metric registered twice: " + name);
    }
}

template <typename Metric>
MetricFamily<Metric>& Registry::add(std::unique_ptr<MetricFamily<Metric>> family) {
    MetricFamily<Metric>& reference = *family;
    std::lock_guard lock(m_mutex);
    m_readers.emplace(reference.name(), [&reference] { return reference.read(); });
    m_collectables.push_back(std::move(family));
    return reference;
}

MetricFamily<Counter>& Registry::counterFamily(std::string name, std::string help,
                                               std::vector<std::string> labelNames) {
    claim(name, labelNames);
    return add(std::make_unique<MetricFamily<Counter>>(std::move(name), std::move(help),
                                                       std::move(labelNames),
                                                       [] { return std::make_unique<Counter>(); }));
}

MetricFamily<Gauge>& Registry::gaugeFamily(std::string name, std::string help,
                                           std::vector<std::string> labelNames) {
    claim(name, labelNames);
    return add(std::make_unique<MetricFamily<Gauge>>(std::move(name), std::move(help),
                                                     std::move(labelNames),
                                                     [] { return std::make_unique<Gauge>(); }));
}

MetricFamily<Histogram>& Registry::histogramFamily(std::string name, std::string help,
                                                   std::vector<std::string> labelNames,
                                                   std::vector<double> upperBounds) {
    if (std::find(labelNames.begin(), labelNames.end(), "le") != labelNames.end()) {
        throw std::invalid_argument("a histogram cannot have an \"le\" label: " + name);
    }
    claim(name, labelNames);
    // Checks the bounds now rather than at the first child.
    const Histogram check(upperBounds);
    return add(std::make_unique<MetricFamily<Histogram>>(
        std::move(name), std::move(help), std::move(labelNames),
        [bounds = std::move(upperBounds)] { return std::make_unique<Histogram>(bounds); }));
}

Counter& Registry::counter(std::string name, std::string help) {
    return counterFamily(std::move(name), std::move(help), {}).withLabels({});
}

Gauge& Registry::gauge(std::string name, std::string help) {
    return gaugeFamily(std::move(name), std::move(help), {}).withLabels({});
}

void Registry::addCollector(std::unique_ptr<Collectable> collector) {
    std::lock_guard lock(m_mutex);
    m_collectables.push_back(std::move(collector));
}

std::string Registry::expose() const {
    ExpositionWriter writer;
    std::lock_guard lock(m_mutex);
    for (const auto& collectable : m_collectables) {
        collectable->collect(writer);
    }
    return writer.text();
}

std::optional<FamilyReading> Registry::read(std::string_view name) const {
    std::function<FamilyReading()> reader;
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_readers.find(name);
        if (found == m_readers.end()) {
            return std::nullopt;
        }
        reader = found->second;
    }
    return reader();
}

}  // namespace recops::metrics
