// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>

namespace recops::common {

/**
 * Holds an immutable snapshot that many threads read on every request and one writer
 * replaces now and then (the token table; later the serving model).
 *
 * Readers take no lock and touch no shared cache line for writing: each thread keeps its own
 * reference to the latest snapshot and only compares one atomic generation number per read.
 * A reader locks only on the first read after a publish. Generations come from one counter
 * shared by every cell of type T, so a thread's cached snapshot can never be mistaken for
 * another cell's.
 */
template <typename T>
class SnapshotCell {
public:
    explicit SnapshotCell(std::shared_ptr<const T> initial) { publish(std::move(initial)); }

    SnapshotCell(const SnapshotCell&) = delete;
    SnapshotCell& operator=(const SnapshotCell&) = delete;

    /// Makes @p snapshot the one every later read() sees.
    void publish(std::shared_ptr<const T> snapshot) {
        std::lock_guard lock(m_mutex);
        m_snapshot = std::move(snapshot);
        m_generation.store(nextGeneration(), std::memory_order_release);
    }

    /**
     * The latest snapshot. The reference stays valid until the calling thread reads any
     * SnapshotCell<T> again (its cache holds one snapshot per type), so use it within one call
     * and copy out what must outlive it.
     */
    const T& read() const {
        thread_local ThreadCache cache;
        if (cache.generation != m_generation.load(std::memory_order_acquire)) {
            std::lock_guard lock(m_mutex);
            cache.snapshot = m_snapshot;
            cache.generation = m_generation.load(std::memory_order_relaxed);
        }
        return *cache.snapshot;
    }

    /// The latest snapshot as a shared pointer, for a holder that outlives one call.
    std::shared_ptr<const T> acquire() const {
        std::lock_guard lock(m_mutex);
        return m_snapshot;
    }

private:
    struct ThreadCache {
        std::uint64_t generation = 0;
        std::shared_ptr<const T> snapshot;
    };

    static std::uint64_t nextGeneration() {
        static std::atomic<std::uint64_t> counter{0};
        return counter.fetch_add(1, std::memory_order_relaxed) + 1;
    }

    mutable std::mutex m_mutex;
    std::shared_ptr<const T> m_snapshot;
    std::atomic<std::uint64_t> m_generation{0};
};

}  // namespace recops::common
