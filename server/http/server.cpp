// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/server.h"

#include "common/logger.h"
#include "http/listener.h"
#include "http/session.h"
#include "http/worker.h"

#include <stdexcept>

#include <boost/asio/ip/address.hpp>
#include <boost/system/system_error.hpp>

namespace recops::http {

Server::Server(ServerOptions options, RequestDispatcher& dispatcher, common::Logger& logger)
    : m_options(std::move(options)), m_dispatcher(dispatcher), m_logger(logger) {}

Server::~Server() {
    shutdown();
}

void Server::start() {
    for (std::size_t index = 0; index < std::max<std::size_t>(1, m_options.threads); ++index) {
        m_workers.push_back(std::make_unique<Worker>());
    }
    try {
        const boost::asio::ip::tcp::endpoint endpoint(
            boost::asio::ip::make_address(m_options.listen.host), m_options.listen.port);
        m_listener = std::make_unique<Listener>(
            m_workers, endpoint,
            [this](boost::asio::ip::tcp::socket socket, Worker& worker) {
                std::make_shared<Session>(std::move(socket), worker, m_dispatcher, m_options)
                    ->start();
            },
            m_logger);
    } catch (const boost::system::system_error& error) {
        m_workers.clear();
        throw std::runtime_error("cannot listen on " + m_options.listen.toString() + ": " +
                                 error.code().message());
    }
    m_listener->start();
    for (auto& worker : m_workers) {
        worker->start();
    }
    m_running = true;
}

void Server::shutdown() {
    if (!m_running) {
        return;
    }
    m_running = false;
    for (auto& worker : m_workers) {
        worker->markStopping();
    }
    m_listener->stop();
    for (auto& worker : m_workers) {
        worker->beginShutdown(m_options.shutdownTimeout);
    }
    for (auto& worker : m_workers) {
        worker->join();
    }
    // The listener's acceptor lives on the first worker's loop: destroy it before the loops.
    m_listener.reset();
    m_workers.clear();
}

std::uint16_t Server::port() const {
    return m_listener ? m_listener->localEndpoint().port() : 0;
}

std::string Server::url() const {
    common::ListenAddress bound = m_options.listen;
    bound.port = port();
    return "http://" + bound.toString();
}

}  // namespace recops::http
