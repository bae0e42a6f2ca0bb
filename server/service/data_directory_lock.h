// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <filesystem>

namespace recops::service {

/**
 * An exclusive hold on a data directory: an flock(2) on `<data>/recopsd.lock`, taken by
 * `recopsd serve` for its whole life and by `recopsd backup` and `recopsd restore`, so that
 * none of them runs while another does. The kernel drops the lock when the process ends,
 * however it ends (kill -9 included), so a crash never leaves a stale lock behind; the pid
 * written into the file only serves the error message.
 *
 * The `recopsd token` commands do not take it: they are meant to run beside the server.
 */
class DataDirectoryLock {
public:
    /// Takes the lock or throws std::runtime_error naming the process that holds it.
    explicit DataDirectoryLock(const std::filesystem::path& dataDirectory);
    ~DataDirectoryLock();
    DataDirectoryLock(const DataDirectoryLock&) = delete;
    DataDirectoryLock& operator=(const DataDirectoryLock&) = delete;

private:
    int m_descriptor = -1;
};

}  // namespace recops::service
