// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/access_log_entry.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace recops::common {
class LogSink;
}

namespace recops::http {

/**
 * The access log: one JSON line per request, written without a lock shared between request
 * threads.
 *
 * Each thread appends to its own buffer (its own mutex, which only the flusher ever contends
 * for); a background thread writes all buffers to the sink every flush interval, and a thread
 * whose buffer passes 64 KiB writes it at once. Lines reach the sink whole (each carries its
 * own time; lines of different threads are not merged in time order); flush() and destruction
 * write everything still buffered.
 */
class AccessLog {
public:
    /// @p sink null turns the log off (log.access = "off").
    AccessLog(common::LogSink* sink, std::chrono::milliseconds flushInterval);
    ~AccessLog();
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    void record(const AccessLogEntry& entry);

    /// Writes every buffered line now.
    void flush();

    /**
     * Sends the lines from now on to @p sink (null turns the log off), for a configuration
     * reload: what is buffered goes to the old sink first, and once this returns nothing
     * writes to the old sink any more, so the caller may close it. Call it from one thread.
     */
    void setSink(common::LogSink* sink);

    bool enabled() const { return m_sink.load(std::memory_order_acquire) != nullptr; }

private:
    struct ThreadBuffer {
        std::mutex mutex;
        std::string lines;
    };

    ThreadBuffer& bufferOfThisThread();
    void writeOut(ThreadBuffer& buffer);
    void runFlusher(std::stop_token stop);

    void startFlusher();

    std::atomic<common::LogSink*> m_sink;
    /// Held while lines are written, so that setSink() knows when the old sink is free.
    std::mutex m_sinkMutex;
    std::chrono::milliseconds m_flushInterval;
    const std::uint64_t m_identity;
    std::mutex m_buffersMutex;
    std::vector<std::unique_ptr<ThreadBuffer>> m_buffers;
    std::condition_variable_any m_wakeFlusher;
    std::jthread m_flusher;
};

}  // namespace recops::http
