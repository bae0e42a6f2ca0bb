// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/drift_monitor.h"

#include "metrics/registry.h"
#include "models/serving_state.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace recops::models {

/// The served version's baseline and the counters that traffic against it goes into.
struct DriftMonitor::Binding {
    std::string modelVersion;
    std::optional<DriftProfile> profile;
    /// The version's serving model, for item lookups (kept alive by this binding).
    std::shared_ptr<const engine::ServingModel> model;
    /// Popularity decile (0-9) of each model item.
    std::vector<std::uint8_t> decileOfItem;
    /// Category-mix bin of each catalog category.
    std::vector<std::uint8_t> binOfCategory;
    /// One counter per bin per feature. Counters are not movable, hence the unique_ptrs.
    std::array<std::vector<std::unique_ptr<metrics::Counter>>, kDriftFeatures.size()> counters;

    void count(DriftFeature feature, std::size_t bin, std::uint64_t amount = 1) const {
        const auto& bins = counters[static_cast<std::size_t>(feature)];
        if (bin < bins.size()) {
            bins[bin]->increment(amount);
        }
    }

    std::vector<std::uint64_t> totals(DriftFeature feature) const {
        std::vector<std::uint64_t> values;
        for (const auto& counter : counters[static_cast<std::size_t>(feature)]) {
            values.push_back(counter->value());
        }
        return values;
    }
};

namespace {

std::vector<std::uint8_t> popularityDeciles(const engine::ServingModel& model) {
    const auto& scores = model.bundle().popularity().scores();
    std::vector<std::uint32_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t left, std::uint32_t right) {
        return scores[left] > scores[right];
    });
    std::vector<std::uint8_t> deciles(scores.size(), 0);
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        deciles[order[rank]] = static_cast<std::uint8_t>(rank * 10 / order.size());
    }
    return deciles;
}

}  // namespace

DriftMonitor::DriftMonitor(metrics::Registry& metrics, DriftSettings settings)
    : m_settings(settings), m_binding(std::make_shared<const Binding>()) {
    auto& family = metrics.gaugeFamily(
        "data_drift_psi",
        "Population stability index of live traffic against the serving version's training "
        "window, per feature; NaN while the window holds too little traffic.",
        {"feature"});
    for (const DriftFeature feature : kDriftFeatures) {
        m_gauges[static_cast<std::size_t>(feature)] =
            &family.withLabels({driftFeatureName(feature)});
        m_gauges[static_cast<std::size_t>(feature)]->set(std::numeric_limits<double>::quiet_NaN());
    }
    m_report.window = settings.window;
}

DriftMonitor::~DriftMonitor() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void DriftMonitor::attach(const std::shared_ptr<const LoadedVersion>& version) {
    auto binding = std::make_shared<Binding>();
    if (version && version->driftProfile) {
        binding->modelVersion = version->tag;
        binding->profile = *version->driftProfile;
        binding->model = version->model;
        binding->decileOfItem = popularityDeciles(*version->model);
        const auto& catalog = version->model->catalog();
        const auto& mixBins = binding->profile->baseline(DriftFeature::CategoryMix).bins;
        binding->binOfCategory.assign(catalog.categoryCount(),
                                      static_cast<std::uint8_t>(mixBins.size() - 1));
        for (std::uint32_t category = 0; category < catalog.categoryCount(); ++category) {
            const auto found =
                std::find(mixBins.begin(), mixBins.end() - 1, catalog.categoryName(category));
            if (found != mixBins.end() - 1) {
                binding->binOfCategory[category] =
                    static_cast<std::uint8_t>(found - mixBins.begin());
            }
        }
        for (const DriftFeature feature : kDriftFeatures) {
            auto& counters = binding->counters[static_cast<std::size_t>(feature)];
            for (std::size_t bin = 0; bin < binding->profile->baseline(feature).bins.size();
                 ++bin) {
                counters.push_back(std::make_unique<metrics::Counter>());
            }
        }
    }
    m_binding.publish(binding);
}

void DriftMonitor::observeRequest(std::size_t historyLength,
                                  std::span<const engine::Recommendation> items) {
    const Binding& binding = m_binding.read();
    if (!binding.profile) {
        return;
    }
    binding.count(DriftFeature::UserActivity, DriftProfile::activityBin(historyLength));
    for (const engine::Recommendation& item : items) {
        binding.count(DriftFeature::RecommendedScore, binding.profile->scoreBin(item.score));
    }
}

void DriftMonitor::observeEvents(std::span<const store::EventRecord> events) {
    const auto binding = m_binding.acquire();
    if (!binding->profile) {
        return;
    }
    const auto& items = binding->model->bundle().items();
    const auto& catalog = binding->model->catalog();
    const std::size_t unknownBin = DriftProfile::kPopularityBins - 1;
    const std::size_t otherBin =
        binding->profile->baseline(DriftFeature::CategoryMix).bins.size() - 1;
    for (const store::EventRecord& event : events) {
        const auto item = items.find(event.itemId);
        if (!item) {
            binding->count(DriftFeature::ItemPopularity, unknownBin);
            binding->count(DriftFeature::CategoryMix, otherBin);
            continue;
        }
        binding->count(DriftFeature::ItemPopularity, binding->decileOfItem[*item]);
        const auto categories = catalog.categories(*item);
        if (categories.empty()) {
            binding->count(DriftFeature::CategoryMix, otherBin);
        }
        for (const auto category : categories) {
            binding->count(DriftFeature::CategoryMix, binding->binOfCategory[category]);
        }
    }
}

void DriftMonitor::recompute() {
    const auto binding = m_binding.acquire();
    std::lock_guard lock(m_mutex);
    if (binding != m_windowBinding) {
        // A new baseline: the window starts again.
        m_windowBinding = binding;
        m_intervals.clear();
        for (const DriftFeature feature : kDriftFeatures) {
            m_lastTotals[static_cast<std::size_t>(feature)] =
                std::vector<std::uint64_t>(binding->totals(feature).size(), 0);
        }
    }
    Counts interval;
    for (const DriftFeature feature : kDriftFeatures) {
        const auto index = static_cast<std::size_t>(feature);
        const std::vector<std::uint64_t> totals = binding->totals(feature);
        interval[index].resize(totals.size());
        for (std::size_t bin = 0; bin < totals.size(); ++bin) {
            interval[index][bin] = totals[bin] - m_lastTotals[index][bin];
        }
        m_lastTotals[index] = totals;
    }
    m_intervals.push_back(std::move(interval));
    const auto keep = static_cast<std::size_t>(std::max<std::int64_t>(
        1, m_settings.window.count() / std::max<std::int64_t>(1, m_settings.interval.count())));
    while (m_intervals.size() > keep) {
        m_intervals.pop_front();
    }

    DriftReport report;
    report.modelVersion = binding->modelVersion;
    report.computedAt = std::chrono::system_clock::now();
    report.window = m_settings.window;
    for (const DriftFeature feature : kDriftFeatures) {
        const auto index = static_cast<std::size_t>(feature);
        FeatureDrift drift;
        drift.feature = feature;
        if (binding->profile) {
            const FeatureBaseline& baseline = binding->profile->baseline(feature);
            drift.bins = baseline.bins;
            drift.baseline = baseline.shares;
            std::vector<double> live(baseline.bins.size(), 0.0);
            for (const Counts& counts : m_intervals) {
                for (std::size_t bin = 0; bin < live.size() && bin < counts[index].size(); ++bin) {
                    live[bin] += static_cast<double>(counts[index][bin]);
                }
            }
            drift.samples =
                static_cast<std::uint64_t>(std::accumulate(live.begin(), live.end(), 0.0));
            if (drift.samples > 0) {
                for (double& value : live) {
                    value /= static_cast<double>(drift.samples);
                }
            }
            drift.live = live;
            if (drift.samples >= m_settings.minimumSamples) {
                drift.psi = populationStabilityIndex(baseline.shares, live);
                drift.band = std::string(psiBand(*drift.psi));
            }
        } else {
            drift.band = "no baseline";
        }
        m_gauges[index]->set(drift.psi.value_or(std::numeric_limits<double>::quiet_NaN()));
        report.features.push_back(std::move(drift));
    }
    m_report = std::move(report);
}

DriftReport DriftMonitor::report() const {
    std::lock_guard lock(m_mutex);
    return m_report;
}

void DriftMonitor::start() {
    m_thread = std::thread([this] {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, m_settings.interval, [this] { return m_stopping; })) {
            lock.unlock();
            recompute();
            lock.lock();
        }
    });
}

}  // namespace recops::models
