// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/http_client.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

namespace recops::testing {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

std::pair<std::string, std::string> hostAndPort(const std::string& url) {
    const std::string prefix = "http://";
    if (!url.starts_with(prefix)) {
        throw std::invalid_argument("not an http:// URL: " + url);
    }
    const std::string authority =
        url.substr(prefix.size(), url.find('/', prefix.size()) - prefix.size());
    const auto colon = authority.rfind(':');
    std::string host = authority.substr(0, colon);
    if (host.size() > 2 && host.front() == '[') {
        host = host.substr(1, host.size() - 2);
    }
    return {host, authority.substr(colon + 1)};
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

std::string HttpResponse::header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (equalsIgnoringCase(key, name)) {
            return value;
        }
    }
    return {};
}

bool HttpResponse::hasHeader(std::string_view name) const {
    return std::any_of(headers.begin(), headers.end(),
                       [&](const auto& header) { return equalsIgnoringCase(header.first, name); });
}

struct HttpConnection::State {
    asio::io_context context;
    beast::tcp_stream stream{context};
    beast::flat_buffer buffer;
    std::string host;

    /// Appends what arrives to @p received until the server closes (true) or @p deadline
    /// passes (false).
    bool readUntilClosed(std::chrono::steady_clock::time_point deadline, std::string& received);

    /// Runs the operation started just before (after stream.expires_after()) to completion;
    /// @p error is what its handler stored.
    void run(const beast::error_code& error, std::string_view what) {
        context.restart();
        context.run();
        if (error) {
            throw std::runtime_error(std::string(what) + " failed: " + error.message());
        }
    }
};

HttpConnection::HttpConnection(const std::string& url) : m_state(std::make_unique<State>()) {
    const auto [host, port] = hostAndPort(url);
    m_state->host = host + ":" + port;
    asio::ip::tcp::resolver resolver(m_state->context);
    beast::error_code error;
    const auto endpoints = resolver.resolve(host, port, error);
    if (error) {
        throw std::runtime_error("cannot resolve " + url + ": " + error.message());
    }
    m_state->stream.expires_after(kDefaultTimeout);
    m_state->stream.async_connect(
        endpoints, [&](const beast::error_code& result, const auto&) { error = result; });
    m_state->run(error, "connecting to " + url);
}

HttpConnection::~HttpConnection() = default;

HttpResponse HttpConnection::request(const std::string& method, const std::string& target,
                                     const HttpHeaders& headers, const std::string& body) {
    http::request<http::string_body> request;
    request.version(11);
    request.target(target);
    if (const auto verb = http::string_to_verb(method); verb != http::verb::unknown) {
        request.method(verb);
    } else {
        request.method_string(method);  // methods HTTP does not define, to test their refusal
    }
    request.set(http::field::host, m_state->host);
    for (const auto& [name, value] : headers) {
        request.set(name, value);
    }
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
        request.body() = body;
        request.prepare_payload();
    }
    beast::error_code error;
    m_state->stream.expires_after(kDefaultTimeout);
    http::async_write(m_state->stream, request,
                      [&](const beast::error_code& result, std::size_t) { error = result; });
    m_state->run(error, "sending " + method + " " + target);
    return readResponse();
}

void HttpConnection::sendRaw(std::string_view bytes) {
    beast::error_code error;
    m_state->stream.expires_after(kDefaultTimeout);
    asio::async_write(m_state->stream, asio::buffer(bytes.data(), bytes.size()),
                      [&](const beast::error_code& result, std::size_t) { error = result; });
    m_state->run(error, "sending raw bytes");
}

HttpResponse HttpConnection::readResponse(std::chrono::milliseconds timeout) {
    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    beast::error_code error;
    m_state->stream.expires_after(timeout);
    http::async_read(m_state->stream, m_state->buffer, parser,
                     [&](const beast::error_code& result, std::size_t) { error = result; });
    m_state->run(error, "reading a response");
    const auto& message = parser.get();
    HttpResponse response;
    response.status = message.result_int();
    for (const auto& field : message) {
        response.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    response.body = message.body();
    response.keepAlive = message.keep_alive();
    return response;
}

bool HttpConnection::State::readUntilClosed(std::chrono::steady_clock::time_point deadline,
                                            std::string& received) {
    const auto buffered = buffer.data();
    received.append(static_cast<const char*>(buffered.data()), buffered.size());
    buffer.consume(buffer.size());
    std::array<char, 4096> chunk{};
    while (true) {
        beast::error_code error;
        std::size_t got = 0;
        stream.expires_at(deadline);
        stream.async_read_some(asio::buffer(chunk),
                               [&](const beast::error_code& result, std::size_t size) {
                                   error = result;
                                   got = size;
                               });
        context.restart();
        context.run();
        received.append(chunk.data(), got);
        if (error == beast::error::timeout) {
            return false;
        }
        if (error) {
            return true;  // end of stream or reset: the server closed
        }
    }
}

bool HttpConnection::closedByServerWithin(std::chrono::milliseconds timeout) {
    std::string dropped;
    return m_state->readUntilClosed(std::chrono::steady_clock::now() + timeout, dropped);
}

std::string HttpConnection::readUntilClosed(std::chrono::milliseconds timeout) {
    std::string received;
    if (!m_state->readUntilClosed(std::chrono::steady_clock::now() + timeout, received)) {
        throw std::runtime_error("the server did not close the connection; it sent: " + received);
    }
    return received;
}

HttpResponse httpRequest(const std::string& url, const std::string& method,
                         const std::string& target, const HttpHeaders& headers,
                         const std::string& body) {
    return HttpConnection(url).request(method, target, headers, body);
}

std::pair<std::string, std::string> bearer(const std::string& token) {
    return {"Authorization", "Bearer " + token};
}

bool connectionRefused(const std::string& url) {
    try {
        HttpConnection connection(url);
        return false;
    } catch (const std::runtime_error&) {
        return true;
    }
}

}  // namespace recops::testing
