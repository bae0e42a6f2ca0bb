// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/data_directory_lock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <sys/file.h>
#include <unistd.h>

namespace recops::service {
namespace {

constexpr const char* kLockFileName = "recopsd.lock";

std::string holderOf(int descriptor) {
    char buffer[32] = {};
    const ssize_t got = ::pread(descriptor, buffer, sizeof buffer - 1, 0);
    std::string pid = got > 0 ? std::string(buffer, static_cast<std::size_t>(got)) : "";
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) {
        pid.pop_back();
    }
    return pid.empty() ? "another recopsd" : "recopsd (pid " + pid + ")";
}

}  // namespace

DataDirectoryLock::DataDirectoryLock(const std::filesystem::path& dataDirectory) {
    const std::filesystem::path file = dataDirectory / kLockFileName;
    m_descriptor = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_descriptor < 0) {
        const int code = errno;
        throw std::runtime_error("cannot open " + file.string() + ": " + std::strerror(code));
    }
    if (::flock(m_descriptor, LOCK_EX | LOCK_NB) != 0) {
        const int code = errno;
        const std::string holder = holderOf(m_descriptor);
        ::close(m_descriptor);
        if (code == EWOULDBLOCK) {
            throw std::runtime_error("data directory " + dataDirectory.string() + " is in use by " +
                                     holder + "; stop it first, or use the HTTP API while it runs");
        }
        throw std::runtime_error("cannot lock " + file.string() + ": " + std::strerror(code));
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(m_descriptor, 0) != 0 ||
        ::pwrite(m_descriptor, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
        // The pid only improves the message another process shows; the lock holds anyway.
    }
}

DataDirectoryLock::~DataDirectoryLock() {
    ::close(m_descriptor);
}

}  // namespace recops::service
