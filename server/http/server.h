// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/server_options.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace recops::common {
class Logger;
}

namespace recops::http {

class Listener;
class RequestDispatcher;
class Worker;

/**
 * The HTTP/1.1 server: a listener and one event-loop thread per worker.
 *
 * start() binds and starts serving; shutdown() stops accepting, closes idle connections, lets
 * requests in flight finish (up to the shutdown timeout), and returns when every thread ended.
 */
class Server {
public:
    Server(ServerOptions options, RequestDispatcher& dispatcher, common::Logger& logger);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// Throws std::runtime_error naming the address when it cannot listen.
    void start();

    /// Blocks until the server has stopped; does nothing when it is not running.
    void shutdown();

    /// The bound port: the chosen one when the options asked for port 0.
    std::uint16_t port() const;
    /// "http://127.0.0.1:41234", "http://[::1]:8470".
    std::string url() const;

private:
    ServerOptions m_options;
    RequestDispatcher& m_dispatcher;
    common::Logger& m_logger;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::unique_ptr<Listener> m_listener;
    bool m_running = false;
};

}  // namespace recops::http
