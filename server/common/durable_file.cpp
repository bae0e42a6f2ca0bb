// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/durable_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace recops::common {
namespace {

[[noreturn]] void fail(std::string_view action, const std::filesystem::path& path) {
    throw std::runtime_error("cannot " + std::string(action) + " " + path.string() + ": " +
                             std::strerror(errno));
}

void syncDescriptorOf(const std::filesystem::path& path, int flags) {
    const int descriptor = ::open(path.c_str(), flags | O_CLOEXEC);
    if (descriptor < 0) {
        fail("open", path);
    }
    const int result = ::fsync(descriptor);
    const int savedErrno = errno;
    ::close(descriptor);
    if (result != 0) {
        errno = savedErrno;
        fail("flush", path);
    }
}

}  // namespace

void syncFile(const std::filesystem::path& path) {
    syncDescriptorOf(path, O_RDONLY);
}

void syncDirectory(const std::filesystem::path& path) {
    syncDescriptorOf(path, O_RDONLY | O_DIRECTORY);
}

void syncTree(const std::filesystem::path& root) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.is_directory()) {
            syncDirectory(entry.path());
        } else if (entry.is_regular_file()) {
            syncFile(entry.path());
        }
    }
    syncDirectory(root);
}

void writeFileDurably(const std::filesystem::path& path, std::string_view content) {
    const std::filesystem::path temporary = path.string() + ".tmp";
    const int descriptor =
        ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (descriptor < 0) {
        fail("create", temporary);
    }
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t result =
            ::write(descriptor, content.data() + written, content.size() - written);
        if (result < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int savedErrno = errno;
            ::close(descriptor);
            errno = savedErrno;
            fail("write", temporary);
        }
        written += static_cast<std::size_t>(result);
    }
    if (::fsync(descriptor) != 0) {
        const int savedErrno = errno;
        ::close(descriptor);
        errno = savedErrno;
        fail("flush", temporary);
    }
    ::close(descriptor);
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        throw std::runtime_error("cannot rename " + temporary.string() + " to " + path.string() +
                                 ": " + error.message());
    }
    syncDirectory(path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path());
}

}  // namespace recops::common
