// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/popularity_recommender.h"

#include "engine/engine_error.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace recops::engine {
namespace {

constexpr double kSecondsPerDay = 86400.0;
constexpr const char* kScoresFile = "popularity_scores.bin";

}  // namespace

PopularityRecommender::PopularityRecommender(ComponentSpec& spec)
    : m_halfLifeDays(spec.number("half_life_days", 30.0, 0.0, 36500.0)) {
    spec.finish();
}

PopularityRecommender::PopularityRecommender(double halfLifeDays) : m_halfLifeDays(halfLifeDays) {
    if (!(halfLifeDays >= 0.0)) {
        throw SpecError("popularity: half_life_days must be >= 0");
    }
}

std::string PopularityRecommender::spec() const {
    return "popularity:half_life_days=" + ComponentSpec::formatNumber(m_halfLifeDays);
}

void PopularityRecommender::fit(const InteractionDataset& data, const TrainingMonitor& monitor) {
    monitor.throwIfCancelled();
    const auto& matrix = data.matrix();
    const auto& timestamps = data.lastTimestampsSeconds();
    const auto now = data.latestTimestampSeconds();
    // Accumulate in double: a popular item sums millions of small weights.
    std::vector<double> sums(data.itemCount(), 0.0);
    const auto& items = matrix.columnIndices();
    const auto& weights = matrix.values();
    for (std::size_t cell = 0; cell < items.size(); ++cell) {
        double decay = 1.0;
        if (m_halfLifeDays > 0.0) {
            const double ageDays =
                static_cast<double>(std::max<std::int64_t>(0, now - timestamps[cell])) /
                kSecondsPerDay;
            decay = std::exp2(-ageDays / m_halfLifeDays);
        }
        sums[items[cell]] += weights[cell] * decay;
    }
    m_scores.assign(sums.begin(), sums.end());
    rank();
    m_fitted = true;
    monitor.report({"popularity: counted", 1, 1, std::nullopt});
}

void PopularityRecommender::rank() {
    m_ranking.resize(m_scores.size());
    std::iota(m_ranking.begin(), m_ranking.end(), ItemIndex{0});
    std::stable_sort(m_ranking.begin(), m_ranking.end(), [this](ItemIndex left, ItemIndex right) {
        return m_scores[left] > m_scores[right];
    });
}

void PopularityRecommender::scoreAll(const UserQuery& /*query*/, std::span<float> scores) const {
    std::copy(m_scores.begin(), m_scores.end(), scores.begin());
}

void PopularityRecommender::scoreItems(const UserQuery& /*query*/, std::span<const ItemIndex> items,
                                       std::span<float> scores) const {
    for (std::size_t position = 0; position < items.size(); ++position) {
        scores[position] = m_scores[items[position]];
    }
}

std::vector<ScoredItem> PopularityRecommender::similarItems(ItemIndex item, std::size_t k) const {
    // Popularity knows nothing about items' relations: "similar" is "popular", minus the item.
    std::vector<ScoredItem> result;
    for (const auto candidate : m_ranking) {
        if (result.size() >= k) {
            break;
        }
        if (candidate != item) {
            result.push_back({candidate, m_scores[candidate]});
        }
    }
    return result;
}

void PopularityRecommender::save(ArtifactWriter& writer) const {
    writer.writeFloats(kScoresFile, m_scores.size(), 1, m_scores);
}

void PopularityRecommender::load(const ArtifactReader& reader) {
    auto array = reader.readFloats(kScoresFile);
    array.requireShape(array.rows, 1);
    for (const float score : array.values) {
        if (!std::isfinite(score) || score < 0.0F) {
            throw ArtifactError("artifact '" + array.name +
                                "' holds a negative or non-finite popularity");
        }
    }
    m_scores = std::move(array.values);
    rank();
    m_fitted = true;
}

std::size_t PopularityRecommender::memoryBytes() const {
    return m_scores.size() * sizeof(float) + m_ranking.size() * sizeof(ItemIndex);
}

}  // namespace recops::engine
