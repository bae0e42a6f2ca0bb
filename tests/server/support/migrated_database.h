// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "server/support/temporary_directory.h"
#include "server/support/wait_until.h"
#include "store/sqlite_group_committer.h"
#include "store/sqlite_reader_pool.h"
#include "store/sqlite_storage.h"

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

namespace recops::store::testing {

/**
 * A SQLite database in a temporary directory, migrated to the newest schema, with a writer
 * (group committer) and a pool of readers of its own, wired the way SqliteStorage wires them.
 * Tests of one store build it over `committer` and `readers`, so they can hold the writer.
 */
struct MigratedDatabase {
    static constexpr int kBusyTimeoutMs = 1000;

    recops::testing::TemporaryDirectory directory;
    std::filesystem::path file = directory / "recops.db";
    /// Creates and migrates the file; its own stores are not used.
    SqliteStorage storage{SqliteOptions{file, kBusyTimeoutMs, 1}};
    SqliteGroupCommitter committer{file, kBusyTimeoutMs};
    SqliteReaderPool readers{file, 2, kBusyTimeoutMs};
};

/**
 * Keeps a committer's writer thread busy inside a work of its own until release(): every
 * work submitted meanwhile waits in the queue, and all of them go into the next commit
 * together. Lets a test group works deterministically instead of hoping they race.
 */
class WriterHold {
public:
    explicit WriterHold(SqliteGroupCommitter& committer) {
        m_thread = std::thread([this, &committer] {
            committer.run([this](SqliteConnection&) {
                std::unique_lock lock(m_mutex);
                m_holding = true;
                m_changed.notify_all();
                m_changed.wait(lock, [this] { return m_released; });
            });
        });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_holding; });
    }
    ~WriterHold() { release(); }
    WriterHold(const WriterHold&) = delete;
    WriterHold& operator=(const WriterHold&) = delete;

    /// Lets the writer finish the holding work (and commit it), then go on with the queue.
    void release() {
        {
            std::lock_guard lock(m_mutex);
            m_released = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_holding = false;
    bool m_released = false;
    std::thread m_thread;
};

/// Waits until @p count works queue behind a WriterHold; false when they did not within 10 s.
inline bool waitForPendingWorks(const SqliteGroupCommitter& committer, std::size_t count) {
    return recops::testing::waitUntil([&] { return committer.pendingWorks() == count; });
}

}  // namespace recops::store::testing
