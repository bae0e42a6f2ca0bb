// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/synthetic_data_generator.h"

#include "engine/engine_error.h"
#include "engine/seeded_random.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <string>

namespace recops::engine {
namespace {

constexpr double kSecondsPerDay = 86400.0;
constexpr double kPrimaryShare = 0.7;
constexpr double kSecondaryShare = 0.2;
// Items created before the period appear up to this long before it.
constexpr double kCatalogHistoryDays = 365.0;
// Draws of an item that does not exist yet are retried this often before falling back to
// an item that exists from the start.
constexpr int kCreationRetries = 8;

/// "<prefix><index>". Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) about
/// a one-character literal + std::to_string.
std::string prefixedId(char prefix, std::size_t index) {
    std::string id(1, prefix);
    id.append(std::to_string(index));
    return id;
}

/// Picks the index whose cumulative weight first exceeds a uniform draw.
std::size_t sampleCumulative(const std::vector<double>& cumulative, SeededRandom& random) {
    const double target = random.uniform() * cumulative.back();
    const auto found = std::upper_bound(cumulative.begin(), cumulative.end(), target);
    return std::min(static_cast<std::size_t>(found - cumulative.begin()), cumulative.size() - 1);
}

std::vector<double> zipfCumulative(std::size_t count, double exponent,
                                   const std::vector<std::uint32_t>& rankOf) {
    std::vector<double> cumulative(count);
    double sum = 0.0;
    for (std::size_t index = 0; index < count; ++index) {
        sum += 1.0 / std::pow(static_cast<double>(rankOf[index]) + 1.0, exponent);
        cumulative[index] = sum;
    }
    return cumulative;
}

/// A random permutation of 0..count-1 (Fisher-Yates).
std::vector<std::uint32_t> permutation(std::size_t count, SeededRandom& random) {
    std::vector<std::uint32_t> order(count);
    std::iota(order.begin(), order.end(), 0U);
    for (std::size_t index = count; index > 1; --index) {
        std::swap(order[index - 1], order[random.below(index)]);
    }
    return order;
}

}  // namespace

SyntheticDataGenerator::SyntheticDataGenerator(SyntheticOptions options) : m_options(options) {
    if (options.users == 0 || options.items == 0 || options.categories == 0 ||
        options.tasteClusters == 0 || !(options.durationDays > 0.0) ||
        !(options.newItemShare >= 0.0 && options.newItemShare < 1.0) ||
        !(options.unavailableShare >= 0.0 && options.unavailableShare < 1.0)) {
        throw SpecError(
            "generator: users, items, categories and clusters must be positive, "
            "the duration > 0 and the shares in [0, 1)");
    }
    SeededRandom random(SeededRandom::deriveSeed(options.seed, 1));
    const auto end =
        options.startSeconds + static_cast<std::int64_t>(options.durationDays * kSecondsPerDay);
    const auto catalogStart =
        options.startSeconds - static_cast<std::int64_t>(kCatalogHistoryDays * kSecondsPerDay);

    // Items: a cluster each, categories following the cluster, a creation time.
    m_items.resize(options.items);
    m_itemCluster.resize(options.items);
    m_clusterItems.resize(options.tasteClusters);
    for (std::size_t item = 0; item < options.items; ++item) {
        const auto cluster = static_cast<std::uint32_t>(random.below(options.tasteClusters));
        m_itemCluster[item] = cluster;
        m_clusterItems[cluster].push_back(static_cast<std::uint32_t>(item));
        auto& metadata = m_items[item];
        metadata.itemId = prefixedId('i', item);
        // The cluster's own category most of the time, a random one otherwise, and a second
        // category now and then.
        const auto primary = random.uniform() < 0.8 ? cluster % options.categories
                                                    : random.below(options.categories);
        metadata.categories.push_back(prefixedId('c', primary));
        if (random.uniform() < 0.3) {
            const auto second = random.below(options.categories);
            if (second != primary) {
                metadata.categories.push_back(prefixedId('c', second));
            }
        }
        // Item 0 always exists from the start, so the fallback below is never empty.
        const bool isNew = item > 0 && random.uniform() < options.newItemShare;
        metadata.createdAtSeconds =
            isNew ? options.startSeconds +
                        static_cast<std::int64_t>(random.uniform() *
                                                  static_cast<double>(end - options.startSeconds))
                  : catalogStart + static_cast<std::int64_t>(
                                       random.uniform() *
                                       static_cast<double>(options.startSeconds - catalogStart));
        metadata.available = random.uniform() >= options.unavailableShare;
        if (!isNew) {
            m_initialItems.push_back(static_cast<std::uint32_t>(item));
        }
    }
    // Popularity: a random Zipf rank within each cluster.
    for (const auto& members : m_clusterItems) {
        const auto ranks = permutation(members.size(), random);
        m_clusterCumulative.push_back(
            zipfCumulative(members.size(), options.popularityExponent, ranks));
    }
    // Users: Zipf activity, a primary and a different secondary cluster.
    m_userCumulative =
        zipfCumulative(options.users, options.activityExponent, permutation(options.users, random));
    m_userPrimaryCluster.resize(options.users);
    m_userSecondaryCluster.resize(options.users);
    for (std::size_t user = 0; user < options.users; ++user) {
        const auto primary = static_cast<std::uint32_t>(random.below(options.tasteClusters));
        auto secondary = static_cast<std::uint32_t>(random.below(options.tasteClusters));
        if (options.tasteClusters > 1 && secondary == primary) {
            secondary = (primary + 1) % static_cast<std::uint32_t>(options.tasteClusters);
        }
        m_userPrimaryCluster[user] = primary;
        m_userSecondaryCluster[user] = secondary;
    }
}

void SyntheticDataGenerator::generate(
    const std::function<void(const InteractionEvent&)>& onEvent) const {
    SeededRandom random(SeededRandom::deriveSeed(m_options.seed, 2));
    const double durationSeconds = m_options.durationDays * kSecondsPerDay;
    InteractionEvent event;
    for (std::size_t index = 0; index < m_options.events; ++index) {
        // Evenly spread over the period with jitter inside each slot: increasing times.
        const double slot =
            (static_cast<double>(index) + random.uniform()) / static_cast<double>(m_options.events);
        const auto timestamp =
            m_options.startSeconds + static_cast<std::int64_t>(slot * durationSeconds);
        const auto user = sampleCumulative(m_userCumulative, random);
        const double taste = random.uniform();
        const bool primary = taste < kPrimaryShare;
        std::uint32_t cluster =
            primary ? m_userPrimaryCluster[user]
            : taste < kPrimaryShare + kSecondaryShare
                ? m_userSecondaryCluster[user]
                : static_cast<std::uint32_t>(random.below(m_options.tasteClusters));
        if (m_clusterItems[cluster].empty()) {
            cluster = m_itemCluster[m_initialItems[random.below(m_initialItems.size())]];
        }
        std::uint32_t item = 0;
        bool exists = false;
        for (int attempt = 0; attempt < kCreationRetries && !exists; ++attempt) {
            item = m_clusterItems[cluster][sampleCumulative(m_clusterCumulative[cluster], random)];
            exists = m_items[item].createdAtSeconds <= timestamp;
        }
        if (!exists) {
            item = m_initialItems[random.below(m_initialItems.size())];
        }
        const bool ownTaste = m_itemCluster[item] == m_userPrimaryCluster[user];
        const double kind = random.uniform();
        const double completeShare = ownTaste ? 0.14 : 0.06;
        event.value = 1.0;
        if (kind < 0.05) {
            event.type = "rate";
            const double mean = ownTaste ? 4.2 : 3.0;
            event.value = std::clamp(std::round(mean + random.normal()), 1.0, 5.0);
        } else if (kind < 0.05 + completeShare) {
            event.type = "complete";
        } else if (kind < 0.25 + completeShare) {
            event.type = "click";
        } else {
            event.type = "view";
        }
        event.userId = prefixedId('u', user);
        event.itemId = m_items[item].itemId;
        event.timestampSeconds = timestamp;
        onEvent(event);
    }
}

std::size_t SyntheticDataGenerator::writeEventsCsv(const std::filesystem::path& path) const {
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    if (!stream) {
        throw EngineError("generator: cannot create " + path.string());
    }
    stream << "user_id,item_id,value,timestamp,type\n";
    std::size_t written = 0;
    generate([&stream, &written](const InteractionEvent& event) {
        stream << event.userId << ',' << event.itemId << ',' << event.value << ','
               << event.timestampSeconds << ',' << event.type << '\n';
        ++written;
    });
    stream.flush();
    if (!stream) {
        throw EngineError("generator: writing " + path.string() + " failed (disk full?)");
    }
    return written;
}

void SyntheticDataGenerator::writeItemsCsv(const std::filesystem::path& path) const {
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    if (!stream) {
        throw EngineError("generator: cannot create " + path.string());
    }
    stream << "item_id,categories,created_at,available\n";
    for (const auto& item : m_items) {
        stream << item.itemId << ',';
        for (std::size_t position = 0; position < item.categories.size(); ++position) {
            stream << (position > 0 ? "|" : "") << item.categories[position];
        }
        stream << ',' << item.createdAtSeconds << ',' << (item.available ? "true" : "false")
               << '\n';
    }
    stream.flush();
    if (!stream) {
        throw EngineError("generator: writing " + path.string() + " failed (disk full?)");
    }
}

}  // namespace recops::engine
