// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

namespace recops::common {
class Logger;
}

namespace recops::http {

class Worker;

/**
 * Accepts connections and hands them to the workers in turn, each socket created directly on
 * the loop of the worker that will serve it.
 */
class Listener {
public:
    /// Called on @p worker's thread with a connection accepted for it.
    using ConnectionHandler =
        std::function<void(boost::asio::ip::tcp::socket socket, Worker& worker)>;

    /// Opens, binds and listens right away, so that errors (address in use) surface at start.
    /// Runs on the first worker's loop. Throws boost::system::system_error.
    Listener(const std::vector<std::unique_ptr<Worker>>& workers,
             const boost::asio::ip::tcp::endpoint& endpoint, ConnectionHandler onConnection,
             common::Logger& logger);

    boost::asio::ip::tcp::endpoint localEndpoint() const { return m_acceptor.local_endpoint(); }

    void start();
    /// From any thread: stops accepting; new connection attempts are refused.
    void stop();

private:
    void accept();

    const std::vector<std::unique_ptr<Worker>>& m_workers;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_retryTimer;
    ConnectionHandler m_onConnection;
    common::Logger& m_logger;
    std::size_t m_nextWorker = 0;
};

}  // namespace recops::http
