// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/drift_baseline_builder.h"

#include "common/stable_hash.h"
#include "engine/serving_model.h"

#include <algorithm>
#include <numeric>

namespace recops::models {
namespace {

/// Users whose recommendations give the score baseline: enough for stable deciles.
constexpr std::size_t kMaxSampledUsers = 2000;

std::string activityLabel(std::size_t bin) {
    if (bin == 0) {
        return "0";
    }
    if (bin + 1 == DriftProfile::kActivityBins) {
        return std::to_string(std::size_t{1} << (bin - 1)) + "+";
    }
    const std::size_t low = std::size_t{1} << (bin - 1);
    const std::size_t high = (std::size_t{1} << bin) - 1;
    return low == high ? std::to_string(low) : std::to_string(low) + "-" + std::to_string(high);
}

}  // namespace

DriftBaselineBuilder::DriftBaselineBuilder(std::size_t historyLimit)
    : m_historyLimit(historyLimit) {}

bool DriftBaselineBuilder::sampled(std::uint64_t userHash) const {
    return (userHash & ((std::uint64_t{1} << m_sampleBits) - 1)) == 0;
}

void DriftBaselineBuilder::observe(const store::EventRecord& event) {
    ++m_eventsPerUser[event.userId];
    ++m_eventsPerItem[event.itemId];
    const std::uint64_t hash = common::mix64(common::fnv1a64(event.userId));
    if (!sampled(hash)) {
        return;
    }
    m_sampledUsers[event.userId].push_back(
        SampledEvent{event.itemId, event.type, event.value, event.occurredAtMs});
    if (m_sampledUsers.size() > kMaxSampledUsers) {
        // Too many users: keep half of them, chosen by one more bit of their hash.
        ++m_sampleBits;
        std::erase_if(m_sampledUsers, [this](const auto& entry) {
            return !sampled(common::mix64(common::fnv1a64(entry.first)));
        });
    }
}

DriftProfile DriftBaselineBuilder::build(const engine::ServingModel& model) const {
    DriftProfile profile;

    // User activity: each user's (capped) history length, weighted by their events.
    FeatureBaseline& activity = profile.baseline(DriftFeature::UserActivity);
    activity.shares.assign(DriftProfile::kActivityBins, 0.0);
    for (std::size_t bin = 0; bin < DriftProfile::kActivityBins; ++bin) {
        activity.bins.push_back(activityLabel(bin));
    }
    for (const auto& [user, events] : m_eventsPerUser) {
        const auto length =
            static_cast<std::size_t>(std::min<std::uint64_t>(events, m_historyLimit));
        activity.shares[DriftProfile::activityBin(length)] += static_cast<double>(events);
    }

    // Item popularity deciles, from the version's own popularity ranking.
    const auto& items = model.bundle().items();
    const std::vector<std::uint8_t> deciles = [&] {
        const auto& scores = model.bundle().popularity().scores();
        std::vector<std::uint32_t> order(scores.size());
        std::iota(order.begin(), order.end(), 0U);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t left, std::uint32_t right) {
            return scores[left] > scores[right];
        });
        std::vector<std::uint8_t> result(scores.size(), 0);
        for (std::size_t rank = 0; rank < order.size(); ++rank) {
            result[order[rank]] =
                static_cast<std::uint8_t>(rank * 10 / std::max<std::size_t>(order.size(), 1));
        }
        return result;
    }();
    FeatureBaseline& popularity = profile.baseline(DriftFeature::ItemPopularity);
    popularity.shares.assign(DriftProfile::kPopularityBins, 0.0);
    for (std::size_t decile = 0; decile < 10; ++decile) {
        popularity.bins.push_back("decile " + std::to_string(decile + 1));
    }
    popularity.bins.emplace_back("unknown");

    // Category mix: the most frequent categories by training events.
    const auto& catalog = model.catalog();
    std::vector<double> categoryEvents(catalog.categoryCount(), 0.0);
    double uncategorised = 0.0;
    for (const auto& [itemId, events] : m_eventsPerItem) {
        const auto item = items.find(itemId);
        if (!item) {
            popularity.shares.back() += static_cast<double>(events);
            continue;
        }
        popularity.shares[deciles[*item]] += static_cast<double>(events);
        const auto categories = catalog.categories(*item);
        if (categories.empty()) {
            uncategorised += static_cast<double>(events);
        }
        for (const auto category : categories) {
            categoryEvents[category] += static_cast<double>(events);
        }
    }
    std::vector<std::uint32_t> categoryOrder(categoryEvents.size());
    std::iota(categoryOrder.begin(), categoryOrder.end(), 0U);
    std::stable_sort(categoryOrder.begin(), categoryOrder.end(),
                     [&](std::uint32_t left, std::uint32_t right) {
                         return categoryEvents[left] > categoryEvents[right];
                     });
    FeatureBaseline& mix = profile.baseline(DriftFeature::CategoryMix);
    double other = uncategorised;
    for (std::size_t rank = 0; rank < categoryOrder.size(); ++rank) {
        if (rank < DriftProfile::kTopCategories) {
            mix.bins.push_back(catalog.categoryName(categoryOrder[rank]));
            mix.shares.push_back(categoryEvents[categoryOrder[rank]]);
        } else {
            other += categoryEvents[categoryOrder[rank]];
        }
    }
    mix.bins.emplace_back("other");
    mix.shares.push_back(other);

    // Recommended scores: what the version recommends to a sample of training users.
    std::vector<double> scores;
    std::vector<engine::HistoryEvent> history;
    for (const auto& [user, sampledEvents] : m_sampledUsers) {
        std::vector<SampledEvent> recent = sampledEvents;
        std::sort(recent.begin(), recent.end(),
                  [](const SampledEvent& left, const SampledEvent& right) {
                      return left.occurredAtMs > right.occurredAtMs;
                  });
        recent.resize(std::min(recent.size(), m_historyLimit));
        history.clear();
        for (const SampledEvent& event : recent) {
            history.push_back(engine::HistoryEvent{event.itemId, event.type, event.value,
                                                   event.occurredAtMs / 1000});
        }
        engine::RecommendationRequest request;
        request.history = history;
        request.count = 10;
        for (const auto& item : model.recommend(request).items) {
            scores.push_back(item.score);
        }
    }
    std::sort(scores.begin(), scores.end());
    auto& edges = profile.scoreEdges();
    FeatureBaseline& scoreBaseline = profile.baseline(DriftFeature::RecommendedScore);
    for (std::size_t decile = 1; decile < DriftProfile::kScoreBins; ++decile) {
        edges.push_back(scores.empty() ? static_cast<double>(decile)
                                       : scores[scores.size() * decile / DriftProfile::kScoreBins]);
    }
    // Ties can make edges repeat; keep them ascending (a repeated edge leaves a bin empty).
    std::sort(edges.begin(), edges.end());
    scoreBaseline.shares.assign(DriftProfile::kScoreBins, 0.0);
    for (const double score : scores) {
        scoreBaseline.shares[profile.scoreBin(score)] += 1.0;
    }
    for (std::size_t bin = 0; bin < DriftProfile::kScoreBins; ++bin) {
        scoreBaseline.bins.push_back("score decile " + std::to_string(bin + 1));
    }

    // Stored as shares.
    for (const DriftFeature feature : kDriftFeatures) {
        auto& shares = profile.baseline(feature).shares;
        const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
        if (total > 0.0) {
            for (double& share : shares) {
                share /= total;
            }
        }
    }
    return profile;
}

}  // namespace recops::models
