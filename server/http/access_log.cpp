// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/access_log.h"

#include "common/log_sink.h"

#include <atomic>

namespace recops::http {
namespace {

constexpr std::size_t kEagerWriteBytes = 64 * 1024;

std::uint64_t nextIdentity() {
    static std::atomic<std::uint64_t> counter{0};
    return counter.fetch_add(1, std::memory_order_relaxed) + 1;
}

}  // namespace

AccessLog::AccessLog(common::LogSink* sink, std::chrono::milliseconds flushInterval)
    : m_sink(sink), m_flushInterval(flushInterval), m_identity(nextIdentity()) {
    if (sink != nullptr) {
        startFlusher();
    }
}

void AccessLog::startFlusher() {
    m_flusher = std::jthread([this](std::stop_token stop) { runFlusher(std::move(stop)); });
}

AccessLog::~AccessLog() {
    if (m_flusher.joinable()) {
        m_flusher.request_stop();
        m_flusher.join();
    }
    flush();
}

AccessLog::ThreadBuffer& AccessLog::bufferOfThisThread() {
    // Each thread remembers its buffer in the log it used last. The identity (unique per
    // AccessLog ever made) rather than the address makes a stale cache impossible to mistake.
    struct Cache {
        std::uint64_t owner = 0;
        ThreadBuffer* buffer = nullptr;
    };
    thread_local Cache cache;
    if (cache.owner != m_identity) {
        std::lock_guard lock(m_buffersMutex);
        m_buffers.push_back(std::make_unique<ThreadBuffer>());
        cache = {m_identity, m_buffers.back().get()};
    }
    return *cache.buffer;
}

void AccessLog::record(const AccessLogEntry& entry) {
    if (!enabled()) {
        return;
    }
    ThreadBuffer& buffer = bufferOfThisThread();
    bool writeNow = false;
    {
        std::lock_guard lock(buffer.mutex);
        appendAccessLogLine(buffer.lines, entry);
        writeNow = buffer.lines.size() >= kEagerWriteBytes;
    }
    if (writeNow) {
        writeOut(buffer);
    }
}

void AccessLog::writeOut(ThreadBuffer& buffer) {
    std::string lines;
    {
        std::lock_guard lock(buffer.mutex);
        lines.swap(buffer.lines);
    }
    if (lines.empty()) {
        return;
    }
    std::lock_guard lock(m_sinkMutex);
    if (common::LogSink* sink = m_sink.load(std::memory_order_acquire)) {
        sink->write(lines);
    }
}

void AccessLog::flush() {
    if (!enabled()) {
        return;
    }
    std::lock_guard lock(m_buffersMutex);
    for (const auto& buffer : m_buffers) {
        writeOut(*buffer);
    }
}

void AccessLog::setSink(common::LogSink* sink) {
    flush();
    {
        std::lock_guard lock(m_sinkMutex);
        m_sink.store(sink, std::memory_order_release);
    }
    if (sink != nullptr && !m_flusher.joinable()) {
        startFlusher();
    }
}

void AccessLog::runFlusher(std::stop_token stop) {
    std::mutex waitMutex;
    std::unique_lock lock(waitMutex);
    while (!stop.stop_requested()) {
        m_wakeFlusher.wait_for(lock, stop, m_flushInterval, [] { return false; });
        flush();
    }
}

}  // namespace recops::http
