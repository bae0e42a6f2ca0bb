// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "models/drift_profile.h"
#include "store/event_record.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace recops::engine {
class ServingModel;
}

namespace recops::models {

/**
 * Builds a version's DriftProfile from its training events, seen once as the pipeline reads
 * them, and the trained version itself (its popularity ranking, catalog and scores).
 *
 * Memory stays bounded: per-user and per-item event counts, and the events of a sample of
 * users (for the score baseline) whose size halves its sampling rate whenever it would hold
 * more than a few thousand users.
 */
class DriftBaselineBuilder {
public:
    explicit DriftBaselineBuilder(std::size_t historyLimit);

    void observe(const store::EventRecord& event);

    DriftProfile build(const engine::ServingModel& model) const;

private:
    struct SampledEvent {
        std::string itemId;
        std::string type;
        double value = 0.0;
        std::int64_t occurredAtMs = 0;
    };

    bool sampled(std::uint64_t userHash) const;

    std::size_t m_historyLimit;
    std::unordered_map<std::string, std::uint64_t> m_eventsPerUser;
    std::unordered_map<std::string, std::uint64_t> m_eventsPerItem;
    std::unordered_map<std::string, std::vector<SampledEvent>> m_sampledUsers;
    /// Users whose hash has this many low zero bits are sampled.
    unsigned m_sampleBits = 0;
};

}  // namespace recops::models
