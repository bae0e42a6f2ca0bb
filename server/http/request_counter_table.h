// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "metrics/counter.h"
#include "metrics/metric_family.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace recops::http {

/**
 * One route's http_requests_total children, found without a lock.
 *
 * The status of a response is only known after the handler runs, so the counter for
 * {method, route, status} cannot be looked up once at start like the route's histogram. The
 * family's own lookup takes a lock; this table sits in front of it: a small open-addressing
 * array keyed by (method, status) whose slots are claimed with one compare-and-swap and then
 * only read. A route sees a handful of (method, status) pairs, far fewer than the slots; if
 * it ever saw more, the overflow would fall back to the family's lookup, still correct.
 */
class RequestCounterTable {
public:
    RequestCounterTable(metrics::MetricFamily<metrics::Counter>& family, std::string route);

    /// The counter of the method label @p methodIndex (see methodLabelIndex()) and @p status.
    metrics::Counter& counter(std::size_t methodIndex, unsigned status);

private:
    static constexpr std::size_t kSlotCount = 64;

    struct Slot {
        std::atomic<std::uint32_t> key{0};
        std::atomic<metrics::Counter*> counter{nullptr};
    };

    metrics::Counter& lookUpInFamily(std::size_t methodIndex, unsigned status);

    metrics::MetricFamily<metrics::Counter>& m_family;
    std::string m_route;
    std::array<Slot, kSlotCount> m_slots;
};

/// The method label of metrics: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, or OTHER for
/// anything else, so that arbitrary methods cannot create unbounded label values.
std::size_t methodLabelIndex(std::string_view method);
std::string_view methodLabel(std::size_t index);

}  // namespace recops::http
