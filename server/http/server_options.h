// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/listen_address.h"

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace recops::http {

/// How the HTTP server listens and what it tolerates from clients.
struct ServerOptions {
    common::ListenAddress listen{"127.0.0.1", 8470};
    /// Event-loop threads; at least one.
    std::size_t threads = 1;
    /// Longest wait for a whole request, and for the next one on an idle connection.
    std::chrono::milliseconds readTimeout{15'000};
    /// Longest wait for a client to take a whole response.
    std::chrono::milliseconds writeTimeout{15'000};
    /// On shutdown, how long requests in flight may take before their connections drop.
    std::chrono::milliseconds shutdownTimeout{10'000};
    std::size_t maxHeaderBytes = 16 * 1024;
    std::uint64_t maxBodyBytes = 1024 * 1024;
};

}  // namespace recops::http
