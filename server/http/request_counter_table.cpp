// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/request_counter_table.h"

#include <string_view>

namespace recops::http {
namespace {

constexpr std::array<std::string_view, 8> kMethodLabels{"GET",   "HEAD",   "POST",    "PUT",
                                                        "PATCH", "DELETE", "OPTIONS", "OTHER"};

}  // namespace

std::size_t methodLabelIndex(std::string_view method) {
    for (std::size_t index = 0; index + 1 < kMethodLabels.size(); ++index) {
        if (kMethodLabels[index] == method) {
            return index;
        }
    }
    return kMethodLabels.size() - 1;
}

std::string_view methodLabel(std::size_t index) {
    return kMethodLabels[index < kMethodLabels.size() ? index : kMethodLabels.size() - 1];
}

RequestCounterTable::RequestCounterTable(metrics::MetricFamily<metrics::Counter>& family,
                                         std::string route)
    : m_family(family), m_route(std::move(route)) {}

metrics::Counter& RequestCounterTable::lookUpInFamily(std::size_t methodIndex, unsigned status) {
    const std::string statusText = std::to_string(status);
    return m_family.withLabels({methodLabel(methodIndex), m_route, statusText});
}

metrics::Counter& RequestCounterTable::counter(std::size_t methodIndex, unsigned status) {
    // Zero marks a free slot, so keys start at method 1.
    const std::uint32_t key =
        static_cast<std::uint32_t>((methodIndex + 1) << 16 | (status & 0xffff));
    std::size_t slotIndex = (key * 2654435761u) % kSlotCount;
    for (std::size_t probe = 0; probe < kSlotCount;
         ++probe, slotIndex = (slotIndex + 1) % kSlotCount) {
        Slot& slot = m_slots[slotIndex];
        std::uint32_t found = slot.key.load(std::memory_order_acquire);
        if (found == 0 && slot.key.compare_exchange_strong(found, key, std::memory_order_acq_rel)) {
            metrics::Counter& counter = lookUpInFamily(methodIndex, status);
            slot.counter.store(&counter, std::memory_order_release);
            return counter;
        }
        if (found == key) {
            // The claiming thread may not have published the pointer yet; the family lookup
            // returns the same counter in the meantime.
            metrics::Counter* counter = slot.counter.load(std::memory_order_acquire);
            return counter != nullptr ? *counter : lookUpInFamily(methodIndex, status);
        }
    }
    return lookUpInFamily(methodIndex, status);
}

}  // namespace recops::http
