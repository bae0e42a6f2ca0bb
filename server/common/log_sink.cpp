// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/log_sink.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace recops::common {

LogSink& LogSink::standardError() {
    static LogSink sink(STDERR_FILENO, false, "-");
    return sink;
}

std::unique_ptr<LogSink> LogSink::openFile(const std::string& path) {
    const int descriptor = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (descriptor < 0) {
        throw std::runtime_error("cannot open log file " + path + ": " + std::strerror(errno));
    }
    return std::unique_ptr<LogSink>(new LogSink(descriptor, true, path));
}

LogSink::LogSink(int descriptor, bool ownsDescriptor, std::string destination)
    : m_descriptor(descriptor)
    , m_ownsDescriptor(ownsDescriptor)
    , m_destination(std::move(destination)) {}

LogSink::~LogSink() {
    if (m_ownsDescriptor) {
        ::close(m_descriptor);
    }
}

void LogSink::write(std::string_view text) {
    std::lock_guard lock(m_mutex);
    while (!text.empty()) {
        const ssize_t written = ::write(m_descriptor, text.data(), text.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        text.remove_prefix(static_cast<std::size_t>(written));
    }
}

}  // namespace recops::common
