// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/sqlite_connection.h"

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace recops::store {

/**
 * Read-only SQLite connections for the request path, each with its own prepared statements.
 *
 * In WAL mode readers never wait for the writer nor for each other, so what remains to avoid
 * is a lock that every request takes. Each connection has its own mutex; a thread starts at
 * the connection its id hashes to and takes the first free one, so with at least as many
 * connections as request threads a request practically never waits.
 */
class SqliteReaderPool {
public:
    /// A connection lent to one caller, with statements prepared once and reused.
    class Reader {
    public:
        Reader(const std::filesystem::path& path, int busyTimeoutMs);

        /// The statement for @p sql, prepared on first use and reset for this use.
        SqliteStatement& statement(std::string_view sql);
        SqliteConnection& connection() { return m_connection; }

    private:
        SqliteConnection m_connection;
        std::vector<std::pair<std::string, std::unique_ptr<SqliteStatement>>> m_statements;
    };

    SqliteReaderPool(const std::filesystem::path& path, std::size_t connectionCount,
                     int busyTimeoutMs);

    /// Runs @p function with a reader held for the whole call.
    template <typename Function>
    auto use(Function&& function) {
        Slot& slot = acquire();
        std::unique_lock lock(slot.mutex, std::adopt_lock);
        m_inUse.fetch_add(1, std::memory_order_relaxed);
        struct Release {
            std::atomic<std::size_t>& inUse;
            ~Release() { inUse.fetch_sub(1, std::memory_order_relaxed); }
        } release{m_inUse};
        return function(slot.reader);
    }

    std::size_t capacity() const { return m_slots.size(); }
    /// Connections lent out right now.
    std::size_t inUse() const { return m_inUse.load(std::memory_order_relaxed); }

private:
    struct Slot {
        Slot(const std::filesystem::path& path, int busyTimeoutMs) : reader(path, busyTimeoutMs) {}
        std::mutex mutex;
        Reader reader;
    };

    /// A slot whose mutex the caller now holds.
    Slot& acquire();

    std::vector<std::unique_ptr<Slot>> m_slots;
    std::atomic<std::size_t> m_inUse{0};
};

}  // namespace recops::store
