// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/message.h"
#include "http/server_options.h"

#include <array>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>

namespace recops::http {

class RequestDispatcher;
class Worker;

/**
 * One client connection: reads a request (header first, so that Expect: 100-continue and the
 * limits are handled before the body arrives), has the dispatcher answer it, writes the
 * response, and waits for the next request while the client keeps the connection alive.
 *
 * Every read and write has a deadline. Requests over the header or body limit get 431 or 413,
 * malformed ones 400, and the connection then closes: the rest of the stream cannot be trusted
 * to start at a request boundary. Closing is "lingering": the server stops sending, then reads
 * and discards what the client still sends for a short while, so that the client receives the
 * response instead of a reset.
 *
 * Lives on one Worker's thread; owned by the handlers of its pending operation.
 */
class Session : public std::enable_shared_from_this<Session> {
public:
    Session(boost::asio::ip::tcp::socket socket, Worker& worker, RequestDispatcher& dispatcher,
            const ServerOptions& options);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    void start();

    /// The server is shutting down: close now if idle, otherwise finish the current request.
    void onServerStopping();
    /// The shutdown grace period ran out: drop the connection.
    void forceClose();

private:
    enum class Phase { AwaitingRequest, ReadingRequest, Writing, Closing };

    void readHeader();
    void onHeader(const boost::system::error_code& error);
    void readBody();
    void onBody(const boost::system::error_code& error);
    void dispatchHeld(std::chrono::milliseconds hold);
    void onReadFailed(const boost::system::error_code& error);
    void respond(Response response);
    void onWritten(const boost::system::error_code& error, bool closeAfter);
    void closeLingering();
    void discardUntilClosed();
    void closeNow();
    bool isIdle() const;

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<beast_http::request_parser<beast_http::string_body>> m_parser;
    Response m_response;
    Response m_continue;
    /// Holds a request back when the dispatcher asks (injected latency), without blocking
    /// the event loop.
    boost::asio::steady_timer m_holdTimer;
    std::array<char, 4096> m_discarded{};
    Worker& m_worker;
    RequestDispatcher& m_dispatcher;
    const ServerOptions& m_options;
    std::string m_remote;
    Phase m_phase = Phase::AwaitingRequest;
};

}  // namespace recops::http
