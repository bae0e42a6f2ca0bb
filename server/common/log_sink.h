// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace recops::common {

/**
 * A destination for log lines: standard error or a file opened for appending.
 *
 * Each write() reaches the descriptor whole and in one piece relative to other writes through
 * the same sink, so the application log and the access log can share standard error without
 * interleaving inside a line.
 */
class LogSink {
public:
    /// The process's standard error, shared by every log that writes there.
    static LogSink& standardError();

    /// A file opened for appending, created 0640 when missing. Throws std::runtime_error naming
    /// the path and the system's reason when it cannot be opened.
    static std::unique_ptr<LogSink> openFile(const std::string& path);

    ~LogSink();
    LogSink(const LogSink&) = delete;
    LogSink& operator=(const LogSink&) = delete;

    /// Writes @p text (one or more complete lines). Failures are ignored: logging must never
    /// take the server down, and there is nowhere left to report them.
    void write(std::string_view text);

    const std::string& destination() const { return m_destination; }

private:
    LogSink(int descriptor, bool ownsDescriptor, std::string destination);

    std::mutex m_mutex;
    int m_descriptor;
    bool m_ownsDescriptor;
    std::string m_destination;
};

}  // namespace recops::common
