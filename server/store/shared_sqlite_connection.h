// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/sqlite_connection.h"

#include <filesystem>
#include <mutex>

namespace recops::store {

/// Sets what every recopsd connection needs: the busy timeout, synchronous=FULL (see
/// SharedSqliteConnection on durability) and enforced foreign keys.
void configureConnection(SqliteConnection& connection, int busyTimeoutMs);

/**
 * A SQLite connection that several threads take turns on, configured the way every recopsd
 * connection is: busy timeout, synchronous=FULL, foreign keys enforced.
 *
 * Durability: the database runs in WAL mode with synchronous=FULL, so SQLite fsyncs the
 * write-ahead log at every commit. A transaction that returned from COMMIT survives a crash
 * of the process and also a power loss or kernel crash. (NORMAL would sync only at
 * checkpoints: still safe against a process crash, but the last commits could vanish with the
 * machine, and recopsd acknowledges writes to clients only after they commit.)
 */
class SharedSqliteConnection {
public:
    SharedSqliteConnection(const std::filesystem::path& path, OpenMode mode, int busyTimeoutMs);

    /// Runs @p function with the connection, holding it for the whole call.
    template <typename Function>
    auto use(Function&& function) {
        std::lock_guard lock(m_mutex);
        return function(m_connection);
    }

private:
    std::mutex m_mutex;
    SqliteConnection m_connection;
};

}  // namespace recops::store
