// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/counter.h"
#include "metrics/family_reading.h"
#include "metrics/gauge.h"
#include "metrics/histogram.h"
#include "metrics/metric_family.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace recops::metrics {

/**
 * Every metric of the process, and the scrape that writes them all.
 *
 * Families are registered at start; a name registered twice, an invalid metric or label name,
 * or a histogram with an "le" label throws std::invalid_argument, since each is a mistake in
 * the code. Returned references stay valid for the registry's life.
 */
class Registry {
public:
    MetricFamily<Counter>& counterFamily(std::string name, std::string help,
                                         std::vector<std::string> labelNames);
    MetricFamily<Gauge>& gaugeFamily(std::string name, std::string help,
                                     std::vector<std::string> labelNames);
    MetricFamily<Histogram>& histogramFamily(std::string name, std::string help,
                                             std::vector<std::string> labelNames,
                                             std::vector<double> upperBounds);

    /// Unlabelled metrics: a family with a single child.
    Counter& counter(std::string name, std::string help);
    Gauge& gauge(std::string name, std::string help);

    /// A collector that reads its values at scrape time.
    void addCollector(std::unique_ptr<Collectable> collector);

    /// The text exposition of everything registered, in registration order.
    std::string expose() const;

    /**
     * The current values of the family named @p name, or nothing when no family has that name
     * (yet). Lets a part of the server act on a metric another part publishes (the alert rules
     * read model_load_failures_total, data_drift_psi, ...) knowing only its name. Collectors
     * (process metrics) are not families and cannot be read this way.
     */
    std::optional<FamilyReading> read(std::string_view name) const;

private:
    void claim(const std::string& name, const std::vector<std::string>& labelNames);

    template <typename Metric>
    MetricFamily<Metric>& add(std::unique_ptr<MetricFamily<Metric>> family);

    mutable std::mutex m_mutex;
    std::set<std::string> m_names;
    std::map<std::string, std::function<FamilyReading()>, std::less<>> m_readers;
    std::vector<std::unique_ptr<Collectable>> m_collectables;
};

}  // namespace recops::metrics
