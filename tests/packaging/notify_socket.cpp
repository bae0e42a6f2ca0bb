// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "packaging/notify_socket.h"

#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace recops::testing {

NotifySocket::NotifySocket(std::filesystem::path path) : m_path(std::move(path)) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (m_path.string().size() >= sizeof(address.sun_path)) {
        throw std::runtime_error("socket path too long: " + m_path.string());
    }
    m_path.string().copy(address.sun_path, sizeof(address.sun_path) - 1);
    m_descriptor = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (m_descriptor < 0 ||
        ::bind(m_descriptor, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        throw std::runtime_error("cannot bind a datagram socket to " + m_path.string());
    }
}

NotifySocket::~NotifySocket() {
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
    }
}

std::optional<std::string> NotifySocket::receive(std::chrono::milliseconds timeout) {
    pollfd readable{m_descriptor, POLLIN, 0};
    if (::poll(&readable, 1, static_cast<int>(timeout.count())) != 1) {
        return std::nullopt;
    }
    char buffer[4096];
    const ssize_t size = ::recv(m_descriptor, buffer, sizeof(buffer), 0);
    if (size < 0) {
        return std::nullopt;
    }
    return std::string(buffer, static_cast<std::size_t>(size));
}

std::optional<std::string> NotifySocket::receiveUntil(const std::string& state,
                                                      std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() < 0) {
            return std::nullopt;
        }
        auto message = receive(left);
        if (!message) {
            return std::nullopt;
        }
        if (message->find(state) != std::string::npos) {
            return message;
        }
    }
}

}  // namespace recops::testing
