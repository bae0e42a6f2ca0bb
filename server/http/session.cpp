// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/session.h"

#include "http/problem.h"
#include "http/request_dispatcher.h"
#include "http/worker.h"

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

namespace recops::http {
namespace {

/// How long a closing connection keeps reading what the client still sends.
constexpr std::chrono::milliseconds kLingerLimit{2000};

std::string describeRemote(const boost::asio::ip::tcp::socket& socket) {
    boost::system::error_code error;
    const auto endpoint = socket.remote_endpoint(error);
    if (error) {
        return "unknown";
    }
    const std::string address = endpoint.address().to_string();
    return (endpoint.address().is_v6() ? "[" + address + "]" : address) + ":" +
           std::to_string(endpoint.port());
}

bool isHttpParseError(const boost::system::error_code& error) {
    return error.category() ==
           beast_http::make_error_code(beast_http::error::bad_method).category();
}

bool expectsContinue(const Request& request) {
    const auto expect = request.find(Field::expect);
    return expect != request.end() && boost::beast::iequals(expect->value(), "100-continue");
}

}  // namespace

Session::Session(boost::asio::ip::tcp::socket socket, Worker& worker, RequestDispatcher& dispatcher,
                 const ServerOptions& options)
    : m_stream(std::move(socket))
    , m_holdTimer(m_stream.get_executor())
    , m_worker(worker)
    , m_dispatcher(dispatcher)
    , m_options(options)
    , m_remote(describeRemote(m_stream.socket())) {
    m_worker.attach(*this);
}

Session::~Session() {
    m_worker.detach(*this);
}

void Session::start() {
    readHeader();
}

void Session::readHeader() {
    m_phase = Phase::AwaitingRequest;
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_options.maxHeaderBytes));
    m_parser->body_limit(m_options.maxBodyBytes);
    m_stream.expires_after(m_options.readTimeout);
    beast_http::async_read_header(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](const boost::system::error_code& error, std::size_t) {
            self->onHeader(error);
        });
}

void Session::onHeader(const boost::system::error_code& error) {
    if (error) {
        onReadFailed(error);
        return;
    }
    m_phase = Phase::ReadingRequest;
    if (!expectsContinue(m_parser->get())) {
        readBody();
        return;
    }
    // The body is within limits (a larger Content-Length already failed with body_limit), so
    // tell the client to send it rather than make it wait for its own timeout.
    m_continue = Response(Status::continue_, 11);
    m_stream.expires_after(m_options.writeTimeout);
    beast_http::async_write(
        m_stream, m_continue,
        [self = shared_from_this()](const boost::system::error_code& writeError, std::size_t) {
            if (writeError) {
                self->closeNow();
                return;
            }
            self->readBody();
        });
}

void Session::readBody() {
    m_stream.expires_after(m_options.readTimeout);
    beast_http::async_read(m_stream, m_buffer, *m_parser,
                           [self = shared_from_this()](const boost::system::error_code& error,
                                                       std::size_t) { self->onBody(error); });
}

void Session::onBody(const boost::system::error_code& error) {
    if (error) {
        onReadFailed(error);
        return;
    }
    const auto hold = m_dispatcher.holdBefore(m_parser->get());
    if (hold.count() > 0) {
        dispatchHeld(hold);
        return;
    }
    respond(m_dispatcher.dispatch(m_parser->get(), m_remote));
}

void Session::dispatchHeld(std::chrono::milliseconds hold) {
    const auto received = std::chrono::steady_clock::now();
    m_holdTimer.expires_after(hold);
    m_holdTimer.async_wait([self = shared_from_this(),
                            received](const boost::system::error_code& error) {
        if (error) {
            // Cancelled by forceClose(): the server is stopping and the client is gone.
            self->closeNow();
            return;
        }
        self->respond(self->m_dispatcher.dispatch(self->m_parser->get(), self->m_remote, received));
    });
}

void Session::onReadFailed(const boost::system::error_code& error) {
    const bool headerComplete = m_parser->is_header_done();
    if (error == beast_http::error::header_limit) {
        respond(m_dispatcher.reject(
            {ProblemType::HeadersTooLarge, "the request line and headers exceed " +
                                               std::to_string(m_options.maxHeaderBytes) + " bytes"},
            m_parser->get(), headerComplete, m_remote));
    } else if (error == beast_http::error::body_limit) {
        respond(m_dispatcher.reject(
            {ProblemType::PayloadTooLarge,
             "the request body exceeds " + std::to_string(m_options.maxBodyBytes) + " bytes"},
            m_parser->get(), headerComplete, m_remote));
    } else if (isHttpParseError(error) && error != beast_http::error::end_of_stream &&
               error != beast_http::error::partial_message) {
        respond(m_dispatcher.reject(
            {ProblemType::InvalidRequest, "malformed HTTP request: " + error.message()},
            m_parser->get(), headerComplete, m_remote));
    } else {
        // The client closed, the read deadline passed (Beast has closed the socket), or the
        // server closed an idle connection at shutdown: nobody is waiting for an answer.
        closeNow();
    }
}

void Session::respond(Response response) {
    m_phase = Phase::Writing;
    m_response = std::move(response);
    if (m_worker.stopping()) {
        m_response.keep_alive(false);
    }
    const bool closeAfter = !m_response.keep_alive();
    m_stream.expires_after(m_options.writeTimeout);
    beast_http::async_write(m_stream, m_response,
                            [self = shared_from_this(), closeAfter](
                                const boost::system::error_code& error, std::size_t) {
                                self->onWritten(error, closeAfter);
                            });
}

void Session::onWritten(const boost::system::error_code& error, bool closeAfter) {
    m_response = {};
    if (error) {
        closeNow();
    } else if (closeAfter || m_worker.stopping()) {
        closeLingering();
    } else {
        readHeader();
    }
}

void Session::closeLingering() {
    m_phase = Phase::Closing;
    boost::system::error_code ignored;
    m_stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
    m_stream.expires_after(
        std::min<std::chrono::milliseconds>(kLingerLimit, m_options.readTimeout));
    discardUntilClosed();
}

void Session::discardUntilClosed() {
    m_stream.async_read_some(
        boost::asio::buffer(m_discarded),
        [self = shared_from_this()](const boost::system::error_code& error, std::size_t) {
            if (error) {
                self->closeNow();
                return;
            }
            self->discardUntilClosed();
        });
}

void Session::closeNow() {
    boost::system::error_code ignored;
    m_stream.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ignored);
    m_stream.socket().close(ignored);
}

bool Session::isIdle() const {
    // Waiting for a request of which no byte has arrived: safe to close without losing one.
    return m_phase == Phase::AwaitingRequest && m_buffer.size() == 0 && !m_parser->got_some();
}

void Session::onServerStopping() {
    if (isIdle()) {
        closeNow();
    }
}

void Session::forceClose() {
    m_holdTimer.cancel();
    closeNow();
}

}  // namespace recops::http
