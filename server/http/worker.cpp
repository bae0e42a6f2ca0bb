// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/worker.h"

#include "http/session.h"

#include <vector>

#include <boost/asio/post.hpp>

namespace recops::http {

Worker::Worker() : m_context(1), m_graceTimer(m_context), m_workGuard(m_context.get_executor()) {}

Worker::~Worker() {
    join();
}

void Worker::start() {
    m_thread = std::thread([this] { m_context.run(); });
}

void Worker::join() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void Worker::beginShutdown(std::chrono::milliseconds grace) {
    boost::asio::post(m_context, [this, grace] { stopOnThisThread(grace); });
}

void Worker::stopOnThisThread(std::chrono::milliseconds grace) {
    markStopping();
    m_workGuard.reset();
    // Copied first: a session may close, and so leave the set, while being told.
    const std::vector<Session*> sessions(m_sessions.begin(), m_sessions.end());
    for (Session* session : sessions) {
        session->onServerStopping();
    }
    if (m_sessions.empty()) {
        return;
    }
    m_graceTimer.expires_after(grace);
    m_graceTimer.async_wait([this](const boost::system::error_code& error) {
        if (error) {
            return;
        }
        const std::vector<Session*> remaining(m_sessions.begin(), m_sessions.end());
        for (Session* session : remaining) {
            session->forceClose();
        }
    });
}

void Worker::attach(Session& session) {
    m_sessions.insert(&session);
}

void Worker::detach(Session& session) {
    m_sessions.erase(&session);
    if (stopping() && m_sessions.empty()) {
        // The last connection is gone: nothing else keeps the loop running once the timer is.
        m_graceTimer.cancel();
    }
}

}  // namespace recops::http
