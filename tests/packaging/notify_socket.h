// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace recops::testing {

/**
 * The service manager's end of sd_notify(3): a Unix datagram socket bound to a path, as
 * systemd's is. Start recopsd with NOTIFY_SOCKET=path() and read what it reports.
 */
class NotifySocket {
public:
    /// Binds @p path (a file that must not exist yet); throws std::runtime_error on failure.
    explicit NotifySocket(std::filesystem::path path);
    ~NotifySocket();
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    /// The next notification ("READY=1\nSTATUS=..."), or nothing when none arrives within
    /// @p timeout.
    std::optional<std::string> receive(std::chrono::milliseconds timeout);

    /// Notifications until one contains @p state ("READY=1"), which it returns; nothing when
    /// none does within @p timeout. Those before it are dropped.
    std::optional<std::string> receiveUntil(const std::string& state,
                                            std::chrono::milliseconds timeout);

private:
    std::filesystem::path m_path;
    int m_descriptor = -1;
};

}  // namespace recops::testing
