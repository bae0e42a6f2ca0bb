// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_group_committer.h"

#include "store/shared_sqlite_connection.h"

namespace recops::store {

SqliteGroupCommitter::SqliteGroupCommitter(const std::filesystem::path& path, int busyTimeoutMs,
                                           std::size_t maxWorksPerCommit)
    : m_connection(path, OpenMode::ReadWrite)
    , m_maxWorksPerCommit(maxWorksPerCommit == 0 ? 1 : maxWorksPerCommit) {
    configureConnection(m_connection, busyTimeoutMs);
    m_writer = std::thread([this] { writeLoop(); });
}

SqliteGroupCommitter::~SqliteGroupCommitter() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_workArrived.notify_one();
    m_writer.join();
}

std::uint64_t SqliteGroupCommitter::commitCount() const {
    std::lock_guard lock(m_mutex);
    return m_commits;
}

std::size_t SqliteGroupCommitter::pendingWorks() const {
    std::lock_guard lock(m_mutex);
    return m_queue.size();
}

void SqliteGroupCommitter::submit(PendingWork& work) {
    std::unique_lock lock(m_mutex);
    m_queue.push_back(&work);
    m_workArrived.notify_one();
    m_workDone.wait(lock, [&work] { return work.done; });
    if (work.error) {
        std::rethrow_exception(work.error);
    }
}

void SqliteGroupCommitter::writeLoop() {
    std::vector<PendingWork*> group;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_workArrived.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) {
            return;  // stopping, and everything submitted has been answered
        }
        const std::size_t taken = std::min(m_queue.size(), m_maxWorksPerCommit);
        group.assign(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(taken));
        m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(taken));
        lock.unlock();
        commitGroup(group);
        lock.lock();
        ++m_commits;
        for (PendingWork* work : group) {
            work->done = true;
        }
        m_workDone.notify_all();
    }
}

void SqliteGroupCommitter::commitGroup(const std::vector<PendingWork*>& group) {
    try {
        // IMMEDIATE takes the write lock now, waiting (busy timeout) for another process's
        // transaction instead of failing at the first write.
        m_connection.execute("BEGIN IMMEDIATE");
        for (PendingWork* work : group) {
            m_connection.execute("SAVEPOINT work");
            try {
                work->apply(m_connection);
                m_connection.execute("RELEASE work");
            } catch (...) {
                work->error = std::current_exception();
                m_connection.execute("ROLLBACK TO work; RELEASE work");
            }
        }
        m_connection.execute("COMMIT");
    } catch (...) {
        // BEGIN, a savepoint or COMMIT failed (I/O error, disk full, lock timeout): nothing of
        // the group is stored, and every caller learns why.
        const std::exception_ptr failure = std::current_exception();
        try {
            m_connection.execute("ROLLBACK");
        } catch (...) {
            // No transaction was open (BEGIN itself failed): nothing to undo.
        }
        for (PendingWork* work : group) {
            if (!work->error) {
                work->error = failure;
            }
        }
    }
}

}  // namespace recops::store
