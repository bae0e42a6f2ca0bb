// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine_bench_data.h"

#include "engine/interaction_dataset_builder.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace recops::bench {

std::vector<std::size_t> catalogSizes(const std::vector<std::size_t>& defaults) {
    const char* text = std::getenv("RECOPS_BENCH_ITEMS");
    if (text == nullptr || *text == '\0') {
        return defaults;
    }
    std::vector<std::size_t> sizes;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        sizes.push_back(static_cast<std::size_t>(std::stoull(item)));
    }
    return sizes;
}

engine::SyntheticOptions optionsForCatalog(std::size_t items) {
    engine::SyntheticOptions options;
    options.items = items;
    options.users = std::max<std::size_t>(10000, items / 4);
    options.events = 10 * items;
    return options;
}

GeneratedData::GeneratedData(const engine::SyntheticOptions& options) : generator(options) {
    const auto start = std::chrono::steady_clock::now();
    engine::InteractionDatasetBuilder builder;
    // The whole catalog, as the training job registers it: items without events too.
    for (const auto& item : generator.items()) {
        builder.addItem(item.itemId);
    }
    // Keep the events of the first 64 users (by id order of appearance) with some history.
    std::map<std::string, std::vector<engine::InteractionEvent>> kept;
    generator.generate([&](const engine::InteractionEvent& event) {
        builder.add(event);
        if (kept.size() < 256 || kept.count(event.userId) != 0) {
            kept[event.userId].push_back(event);
        }
    });
    dataset = builder.build();
    for (auto& [user, events] : kept) {
        if (events.size() >= 5 && userEvents.size() < 64) {
            userEvents.push_back(std::move(events));
        }
    }
    for (const auto& events : userEvents) {
        auto& history = histories.emplace_back();
        for (const auto& event : events) {
            history.push_back({event.itemId, event.type, event.value, event.timestampSeconds});
        }
    }
    generateSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::size_t residentBytes() {
    std::ifstream statm("/proc/self/statm");
    std::size_t totalPages = 0;
    std::size_t residentPages = 0;
    statm >> totalPages >> residentPages;
    return residentPages * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace recops::bench
