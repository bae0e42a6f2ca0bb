// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/listener.h"

#include "common/logger.h"
#include "http/worker.h"

#include <chrono>

#include <boost/asio/post.hpp>
#include <boost/asio/socket_base.hpp>

namespace recops::http {
namespace {

/// After an accept error such as "too many open files", wait this long before trying again
/// rather than spinning on the same error.
constexpr std::chrono::milliseconds kAcceptRetryDelay{100};

}  // namespace

Listener::Listener(const std::vector<std::unique_ptr<Worker>>& workers,
                   const boost::asio::ip::tcp::endpoint& endpoint, ConnectionHandler onConnection,
                   common::Logger& logger)
    : m_workers(workers)
    , m_acceptor(workers.front()->context())
    , m_retryTimer(workers.front()->context())
    , m_onConnection(std::move(onConnection))
    , m_logger(logger) {
    m_acceptor.open(endpoint.protocol());
    m_acceptor.set_option(boost::asio::socket_base::reuse_address(true));
    m_acceptor.bind(endpoint);
    m_acceptor.listen(boost::asio::socket_base::max_listen_connections);
}

void Listener::start() {
    boost::asio::post(m_acceptor.get_executor(), [this] { accept(); });
}

void Listener::stop() {
    boost::asio::post(m_acceptor.get_executor(), [this] {
        boost::system::error_code ignored;
        m_acceptor.close(ignored);
        m_retryTimer.cancel();
    });
}

void Listener::accept() {
    Worker& worker = *m_workers[m_nextWorker];
    m_nextWorker = (m_nextWorker + 1) % m_workers.size();
    m_acceptor.async_accept(worker.context(), [this, &worker](
                                                  const boost::system::error_code& error,
                                                  boost::asio::ip::tcp::socket socket) {
        if (error == boost::asio::error::operation_aborted || !m_acceptor.is_open()) {
            return;
        }
        if (error) {
            m_logger.warning("accepting a connection failed", {{"error", error.message()}});
            m_retryTimer.expires_after(kAcceptRetryDelay);
            m_retryTimer.async_wait([this](const boost::system::error_code& timerError) {
                if (!timerError && m_acceptor.is_open()) {
                    accept();
                }
            });
            return;
        }
        boost::asio::post(worker.context(), [this, &worker, socket = std::move(socket)]() mutable {
            m_onConnection(std::move(socket), worker);
        });
        accept();
    });
}

}  // namespace recops::http
