// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/durable_files.h"

#include "backup/backup_error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <system_error>
#include <unistd.h>

namespace recops::backup {
namespace {

[[noreturn]] void fail(std::string_view what, const std::filesystem::path& path) {
    const int code = errno;
    throw BackupError("cannot " + std::string(what) + " " + path.string() + ": " +
                      std::strerror(code));
}

}  // namespace

FileDescriptor::FileDescriptor(const std::filesystem::path& path, int flags, unsigned mode)
    : m_descriptor(::open(path.c_str(), flags | O_CLOEXEC, static_cast<mode_t>(mode)))
    , m_path(path) {
    if (m_descriptor < 0) {
        fail("open", path);
    }
}

FileDescriptor::~FileDescriptor() {
    ::close(m_descriptor);
}

std::size_t FileDescriptor::read(std::span<char> buffer) {
    while (true) {
        const ssize_t got = ::read(m_descriptor, buffer.data(), buffer.size());
        if (got >= 0) {
            return static_cast<std::size_t>(got);
        }
        if (errno != EINTR) {
            fail("read", m_path);
        }
    }
}

void FileDescriptor::writeAll(std::span<const char> bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(m_descriptor, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("write", m_path);
        }
        bytes = bytes.subspan(static_cast<std::size_t>(written));
    }
}

void FileDescriptor::sync() {
    if (::fsync(m_descriptor) != 0) {
        fail("sync", m_path);
    }
}

void writeFileDurably(const std::filesystem::path& file, std::string_view contents) {
    const std::filesystem::path temporary = file.string() + ".tmp";
    {
        FileDescriptor descriptor(temporary, O_WRONLY | O_CREAT | O_TRUNC);
        descriptor.writeAll(contents);
        descriptor.sync();
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        fail("rename into", file);
    }
    syncDirectory(file.parent_path());
}

std::string readWholeFile(const std::filesystem::path& file) {
    FileDescriptor descriptor(file, O_RDONLY);
    std::string contents;
    char buffer[65536];
    while (const std::size_t got = descriptor.read(buffer)) {
        contents.append(buffer, got);
    }
    return contents;
}

void syncDirectory(const std::filesystem::path& directory) {
    FileDescriptor descriptor(directory.empty() ? "." : directory, O_RDONLY | O_DIRECTORY);
    descriptor.sync();
}

void createPrivateDirectory(const std::filesystem::path& directory) {
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) {
        throw BackupError("cannot create directory " + directory.string() + ": " + error.message());
    }
    std::filesystem::permissions(directory, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, error);
}

void renameDurably(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) {
        const int code = errno;
        throw BackupError("cannot rename " + from.string() + " to " + to.string() + ": " +
                          std::strerror(code));
    }
    syncDirectory(to.parent_path());
    if (from.parent_path() != to.parent_path()) {
        syncDirectory(from.parent_path());
    }
}

void removeTree(const std::filesystem::path& path) {
    std::error_code error;
    std::filesystem::remove_all(path, error);
    if (error) {
        throw BackupError("cannot remove " + path.string() + ": " + error.message());
    }
}

}  // namespace recops::backup
