// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/item_knn_recommender.h"

#include "engine/engine_error.h"
#include "engine/top_k.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <string>

namespace recops::engine {
namespace {

constexpr const char* kOffsetsFile = "itemknn_offsets.bin";
constexpr const char* kNeighboursFile = "itemknn_neighbours.bin";
constexpr const char* kSimilaritiesFile = "itemknn_similarities.bin";
constexpr std::int64_t kCancelPollItems = 256;

}  // namespace

ItemKnnRecommender::ItemKnnRecommender(ComponentSpec& spec)
    : m_neighbours(spec.integer("neighbours", 100, 1, 100000))
    , m_shrink(spec.number("shrink", 10.0, 0.0, 1e9)) {
    spec.finish();
}

std::string ItemKnnRecommender::spec() const {
    return "itemknn:neighbours=" + std::to_string(m_neighbours) +
           ",shrink=" + ComponentSpec::formatNumber(m_shrink);
}

void ItemKnnRecommender::fit(const InteractionDataset& data, const TrainingMonitor& monitor) {
    const std::size_t n = data.itemCount();
    if (n == 0) {
        throw CapacityError("itemknn: the dataset has no items");
    }
    m_fitted = false;
    const auto& byUser = data.matrix();
    const auto byItem = byUser.transposed();
    std::vector<double> norms(n, 0.0);
    for (std::size_t item = 0; item < n; ++item) {
        for (const float weight : byItem.rowValues(item)) {
            norms[item] += static_cast<double>(weight) * weight;
        }
        norms[item] = std::sqrt(norms[item]);
    }

    // Per item: accumulate dot products with every co-occurring item in a dense
    // per-thread buffer, keep the top neighbours, reset only the touched entries. Cell
    // weights are positive, so a zero in the buffer means "not touched yet".
    std::vector<std::vector<ScoredItem>> neighbourLists(n);
    std::atomic<bool> cancelled = false;
    const auto items = static_cast<std::int64_t>(n);
#pragma omp parallel
    {
        std::vector<float> dots(n, 0.0F);
        std::vector<ItemIndex> touched;
        std::vector<float> similarities;
#pragma omp for schedule(dynamic, 32)
        for (std::int64_t signedItem = 0; signedItem < items; ++signedItem) {
            if (signedItem % kCancelPollItems == 0 && monitor.cancelled()) {
                cancelled = true;
            }
            if (cancelled.load(std::memory_order_relaxed)) {
                continue;
            }
            const auto item = static_cast<std::size_t>(signedItem);
            const auto users = byItem.rowColumns(item);
            const auto userWeights = byItem.rowValues(item);
            for (std::size_t position = 0; position < users.size(); ++position) {
                const auto others = byUser.rowColumns(users[position]);
                const auto otherWeights = byUser.rowValues(users[position]);
                for (std::size_t cell = 0; cell < others.size(); ++cell) {
                    if (dots[others[cell]] == 0.0F) {
                        touched.push_back(others[cell]);
                    }
                    dots[others[cell]] += userWeights[position] * otherWeights[cell];
                }
            }
            auto& list = neighbourLists[item];
            for (const auto other : touched) {
                if (other != item) {
                    const double similarity = dots[other] / (norms[item] * norms[other] + m_shrink);
                    list.push_back({other, static_cast<float>(similarity)});
                }
                dots[other] = 0.0F;
            }
            touched.clear();
            const auto keep = std::min(list.size(), static_cast<std::size_t>(m_neighbours));
            std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(keep),
                              list.end(), rankedBefore);
            list.resize(keep);
            // Sorted by index for the binary searches in scoreItems().
            std::sort(list.begin(), list.end(),
                      [](const ScoredItem& left, const ScoredItem& right) {
                          return left.item < right.item;
                      });
        }
    }
    if (cancelled) {
        throw TrainingCancelled();
    }
    std::vector<std::uint64_t> offsets(n + 1, 0);
    for (std::size_t item = 0; item < n; ++item) {
        offsets[item + 1] = offsets[item] + neighbourLists[item].size();
    }
    std::vector<std::uint32_t> columns;
    std::vector<float> values;
    columns.reserve(offsets.back());
    values.reserve(offsets.back());
    for (auto& list : neighbourLists) {
        for (const auto& neighbour : list) {
            columns.push_back(neighbour.item);
            values.push_back(neighbour.score);
        }
        list = {};
    }
    m_similarities = CsrMatrix(n, n, std::move(offsets), std::move(columns), std::move(values));
    m_fitted = true;
    monitor.report({"itemknn: neighbours", 1, 1, std::nullopt});
}

void ItemKnnRecommender::scoreAll(const UserQuery& query, std::span<float> scores) const {
    std::fill(scores.begin(), scores.end(), 0.0F);
    for (const auto& entry : query.history) {
        if (entry.item >= itemCount()) {
            continue;
        }
        const auto neighbours = m_similarities.rowColumns(entry.item);
        const auto similarities = m_similarities.rowValues(entry.item);
        for (std::size_t position = 0; position < neighbours.size(); ++position) {
            scores[neighbours[position]] += entry.weight * similarities[position];
        }
    }
}

void ItemKnnRecommender::scoreItems(const UserQuery& query, std::span<const ItemIndex> items,
                                    std::span<float> scores) const {
    std::fill(scores.begin(), scores.end(), 0.0F);
    for (const auto& entry : query.history) {
        if (entry.item >= itemCount()) {
            continue;
        }
        const auto neighbours = m_similarities.rowColumns(entry.item);
        const auto similarities = m_similarities.rowValues(entry.item);
        for (std::size_t position = 0; position < items.size(); ++position) {
            const auto found =
                std::lower_bound(neighbours.begin(), neighbours.end(), items[position]);
            if (found != neighbours.end() && *found == items[position]) {
                scores[position] +=
                    entry.weight *
                    similarities[static_cast<std::size_t>(found - neighbours.begin())];
            }
        }
    }
}

std::vector<ScoredItem> ItemKnnRecommender::similarItems(ItemIndex item, std::size_t k) const {
    if (item >= itemCount()) {
        throw EngineError("item index " + std::to_string(item) + " outside a catalog of " +
                          std::to_string(itemCount()) + " items");
    }
    const auto neighbours = m_similarities.rowColumns(item);
    const auto similarities = m_similarities.rowValues(item);
    std::vector<ScoredItem> result;
    result.reserve(neighbours.size());
    for (std::size_t position = 0; position < neighbours.size(); ++position) {
        result.push_back({neighbours[position], similarities[position]});
    }
    std::sort(result.begin(), result.end(), rankedBefore);
    result.resize(std::min(result.size(), k));
    return result;
}

void ItemKnnRecommender::save(ArtifactWriter& writer) const {
    writer.writeUint64(kOffsetsFile, m_similarities.rowOffsets());
    writer.writeUint32(kNeighboursFile, m_similarities.columnIndices());
    writer.writeFloats(kSimilaritiesFile, m_similarities.values().size(), 1,
                       m_similarities.values());
}

void ItemKnnRecommender::load(const ArtifactReader& reader) {
    auto offsets = reader.readUint64(kOffsetsFile);
    auto neighbours = reader.readUint32(kNeighboursFile);
    auto similarities = reader.readFloats(kSimilaritiesFile);
    if (offsets.rows == 0) {
        throw ArtifactError("artifact '" + offsets.name + "' is empty");
    }
    similarities.requireShape(neighbours.rows, 1);
    const std::size_t n = offsets.rows - 1;
    try {
        m_similarities = CsrMatrix(n, n, std::move(offsets.values), std::move(neighbours.values),
                                   std::move(similarities.values));
    } catch (const EngineError& error) {
        throw ArtifactError("itemknn artifacts are inconsistent: " + std::string(error.what()));
    }
    m_fitted = true;
}

std::size_t ItemKnnRecommender::memoryBytes() const {
    return m_similarities.rowOffsets().size() * sizeof(std::uint64_t) +
           m_similarities.nonZeros() * (sizeof(std::uint32_t) + sizeof(float));
}

}  // namespace recops::engine
