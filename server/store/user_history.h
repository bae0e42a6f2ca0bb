// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace recops::store {

/// One event of a user's history.
struct HistoryEntry {
    std::string itemId;
    std::string type;
    double value = 0.0;
    std::int64_t occurredAtMs = 0;
};

/**
 * A reusable buffer for a user's recent events. clear() keeps every entry's string capacity,
 * so a request thread that reuses one history allocates only while its users' histories grow
 * past what it has seen before.
 */
class UserHistory {
public:
    void clear() { m_size = 0; }

    /// The next entry to fill in; its strings keep their earlier capacity.
    HistoryEntry& append() {
        if (m_size == m_entries.size()) {
            m_entries.emplace_back();
        }
        return m_entries[m_size++];
    }

    std::span<const HistoryEntry> entries() const { return {m_entries.data(), m_size}; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

private:
    std::vector<HistoryEntry> m_entries;
    std::size_t m_size = 0;
};

}  // namespace recops::store
