// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/log_level.h"

#include <atomic>
#include <initializer_list>
#include <string_view>

namespace recops::common {

class LogSink;

/// One extra member of a log line, for example {"url", "http://127.0.0.1:8470"}.
struct LogField {
    std::string_view key;
    std::string_view value;
};

/**
 * The application log: one JSON object per line, {"time", "level", "message", ...fields}.
 *
 * Meant for events (start, stop, refused input, unexpected errors), not for every request:
 * requests go to the access log.
 */
class Logger {
public:
    Logger(LogSink& sink, LogLevel minimumLevel);

    void log(LogLevel level, std::string_view message, std::initializer_list<LogField> fields = {});

    void debug(std::string_view message, std::initializer_list<LogField> fields = {}) {
        log(LogLevel::Debug, message, fields);
    }
    void info(std::string_view message, std::initializer_list<LogField> fields = {}) {
        log(LogLevel::Info, message, fields);
    }
    void warning(std::string_view message, std::initializer_list<LogField> fields = {}) {
        log(LogLevel::Warning, message, fields);
    }
    void error(std::string_view message, std::initializer_list<LogField> fields = {}) {
        log(LogLevel::Error, message, fields);
    }

    bool enabled(LogLevel level) const {
        return level >= m_minimumLevel.load(std::memory_order_relaxed);
    }

    /// Changes the least severe level written, while other threads log (configuration reload).
    void setMinimumLevel(LogLevel level) { m_minimumLevel.store(level, std::memory_order_relaxed); }

private:
    LogSink& m_sink;
    std::atomic<LogLevel> m_minimumLevel;
};

}  // namespace recops::common
