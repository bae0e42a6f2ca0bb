// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/interaction_event.h"
#include "engine/item_metadata.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace recops::engine {

struct SyntheticOptions {
    std::size_t users = 10000;
    std::size_t items = 5000;
    std::size_t events = 200000;
    std::uint64_t seed = 42;
    std::size_t categories = 20;
    /// Latent taste clusters: each item belongs to one, each user prefers a couple.
    std::size_t tasteClusters = 16;
    /// Zipf exponent of item popularity within a cluster (1 is the classic long tail).
    double popularityExponent = 1.0;
    /// Zipf exponent of user activity.
    double activityExponent = 0.8;
    std::int64_t startSeconds = 1'704'067'200;  // 2024-01-01T00:00:00Z
    double durationDays = 90.0;
    /// Share of items created during the period rather than before it.
    double newItemShare = 0.2;
    /// Share of items marked unavailable in the catalog.
    double unavailableShare = 0.02;
};

/// A synthetic interaction log with the structure real ones have, for tests, benchmarks
/// and demos:
///  - power-law item popularity (Zipf within each taste cluster) and user activity;
///  - latent taste clusters: a user draws 70% of their events from a primary cluster, 20%
///    from a secondary one and 10% from anywhere, so collaborative models have signal to find;
///  - item categories that follow the clusters (with noise), and creation times: most items
///    exist before the period, the rest appear during it and are only used afterwards;
///  - an event mix of about 65% view, 20% click, 10% complete, 5% rate, deeper engagement
///    and higher ratings on items of the user's own taste; timestamps over the period in
///    increasing order.
///
/// Events are streamed, so a log of tens of millions of events never sits in memory, and
/// everything is a pure function of the options: the same seed gives the same bytes.
class SyntheticDataGenerator {
public:
    explicit SyntheticDataGenerator(SyntheticOptions options);

    const SyntheticOptions& options() const { return m_options; }
    /// The catalog: one entry per item, ids "i<index>".
    const std::vector<ItemMetadata>& items() const { return m_items; }
    /// The latent cluster of each item (ground truth for tests).
    const std::vector<std::uint32_t>& itemClusters() const { return m_itemCluster; }

    /// Streams options().events events, in time order; user ids are "u<index>".
    void generate(const std::function<void(const InteractionEvent&)>& onEvent) const;
    /// Writes the events as CSV with header user_id,item_id,value,timestamp,type; returns
    /// the number of events written.
    std::size_t writeEventsCsv(const std::filesystem::path& path) const;
    /// Writes the catalog as CSV with header item_id,categories,created_at,available
    /// (categories separated by '|').
    void writeItemsCsv(const std::filesystem::path& path) const;

private:
    SyntheticOptions m_options;
    std::vector<ItemMetadata> m_items;
    std::vector<std::uint32_t> m_itemCluster;
    /// Per cluster: its items and the cumulative Zipf weights to sample them by.
    std::vector<std::vector<std::uint32_t>> m_clusterItems;
    std::vector<std::vector<double>> m_clusterCumulative;
    /// Items that exist from the start, the fallback when a draw hits a future item.
    std::vector<std::uint32_t> m_initialItems;
    std::vector<double> m_userCumulative;
    std::vector<std::uint32_t> m_userPrimaryCluster;
    std::vector<std::uint32_t> m_userSecondaryCluster;
};

}  // namespace recops::engine
