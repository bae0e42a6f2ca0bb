// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/sqlite_connection.h"

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

namespace recops::store {

/**
 * Group commit: the writes of concurrent callers share one transaction and therefore one
 * fsync, and each caller returns only once its write is durable.
 *
 * With synchronous=FULL every COMMIT waits for the disk (a few milliseconds on real storage).
 * Committing each request's batch on its own would bound ingestion by the disk's flush rate;
 * here a single writer thread takes every batch that arrived while the previous commit was
 * flushing and commits them together. Each caller's work runs in its own SAVEPOINT, so one
 * failing batch (a constraint, a bad value) rolls back alone and its caller gets the exception,
 * while the others commit.
 */
class SqliteGroupCommitter {
public:
    SqliteGroupCommitter(const std::filesystem::path& path, int busyTimeoutMs,
                         std::size_t maxWorksPerCommit = 256);
    /// Finishes the works already submitted, then stops the writer thread.
    ~SqliteGroupCommitter();
    SqliteGroupCommitter(const SqliteGroupCommitter&) = delete;
    SqliteGroupCommitter& operator=(const SqliteGroupCommitter&) = delete;

    /**
     * Runs @p work(connection) on the writer thread inside a transaction shared with other
     * callers' works, and returns once that transaction committed. Whatever @p work throws,
     * or a failure to commit, is rethrown here; then nothing @p work wrote is kept.
     */
    template <typename Work>
    void run(Work&& work) {
        struct Job final : PendingWork {
            explicit Job(Work& function) : function(function) {}
            void apply(SqliteConnection& connection) override { function(connection); }
            Work& function;
        } job(work);
        submit(job);
    }

    /// Transactions committed so far (for metrics and tests of the grouping).
    std::uint64_t commitCount() const;
    /// Works submitted and not yet taken by the writer thread: what the next commit groups.
    std::size_t pendingWorks() const;

private:
    struct PendingWork {
        virtual ~PendingWork() = default;
        virtual void apply(SqliteConnection& connection) = 0;
        std::exception_ptr error;
        bool done = false;
    };

    void submit(PendingWork& work);
    void writeLoop();
    void commitGroup(const std::vector<PendingWork*>& group);

    SqliteConnection m_connection;
    std::size_t m_maxWorksPerCommit;
    mutable std::mutex m_mutex;
    std::condition_variable m_workArrived;
    std::condition_variable m_workDone;
    std::vector<PendingWork*> m_queue;
    std::uint64_t m_commits = 0;
    bool m_stopping = false;
    std::thread m_writer;
};

}  // namespace recops::store
