// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <unordered_set>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

namespace recops::http {

class Session;

/**
 * One event loop on one thread, and the connections it serves.
 *
 * The server runs one Worker per thread rather than one loop shared by all threads: a shared
 * io_context synchronises its queue between threads on every operation, while a loop of its
 * own (created with concurrency hint 1) needs no lock at all. A connection lives on one worker
 * for its whole life, so its session needs no strand either.
 *
 * Members marked "worker thread" may only be called from this worker's thread (from a
 * handler running on context()).
 */
class Worker {
public:
    Worker();
    ~Worker();
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    boost::asio::io_context& context() { return m_context; }

    void start();
    /// Waits for the thread to end (after beginShutdown(), once every connection closed).
    void join();

    /// From any thread: from now on every response this worker writes says Connection: close.
    /// The server marks every worker before it stops accepting, so that a client who sees the
    /// listener gone can rely on it.
    void markStopping() { m_stopping.store(true, std::memory_order_release); }

    /**
     * From any thread: closes idle connections now, lets connections in the middle of a
     * request finish it (their response says Connection: close), and drops whatever is still
     * open after @p grace. The thread ends when no connection is left.
     */
    void beginShutdown(std::chrono::milliseconds grace);

    /// Worker thread: sessions register themselves for the life of their connection.
    void attach(Session& session);
    void detach(Session& session);
    /// Whether the server is shutting down. One atomic load: read once per response.
    bool stopping() const { return m_stopping.load(std::memory_order_acquire); }

private:
    void stopOnThisThread(std::chrono::milliseconds grace);

    // Sessions outlive the io_context's handlers that own them, so the set is declared (and
    // thus destroyed) before the context.
    std::unordered_set<Session*> m_sessions;
    boost::asio::io_context m_context;
    boost::asio::steady_timer m_graceTimer;
    std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>>
        m_workGuard;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
};

}  // namespace recops::http
