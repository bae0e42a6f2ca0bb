// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/webhook_receiver.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
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

}  // namespace

struct WebhookReceiver::State {
    asio::io_context context{1};
    asio::ip::tcp::acceptor acceptor{context};
    mutable std::mutex mutex;
    mutable std::condition_variable received;
    std::map<std::string, std::vector<ReceivedRequest>> requests;
    std::map<std::string, std::deque<unsigned>> scripts;

    void accept();
    void serve(std::shared_ptr<beast::tcp_stream> stream);
    unsigned record(const http::request<http::string_body>& request);
};

unsigned WebhookReceiver::State::record(const http::request<http::string_body>& request) {
    const std::string target(request.target());
    const std::string path = target.substr(0, target.find('?'));
    ReceivedRequest received{std::string(request.method_string()),
                             target,
                             std::string(request[http::field::content_type]),
                             std::string(request[http::field::user_agent]),
                             request.body(),
                             200};
    {
        std::lock_guard lock(mutex);
        if (auto& queue = scripts[path]; !queue.empty()) {
            received.answeredStatus = queue.front();
            queue.pop_front();
        }
        requests[path].push_back(received);
    }
    this->received.notify_all();
    return received.answeredStatus;
}

void WebhookReceiver::State::accept() {
    acceptor.async_accept([this](const beast::error_code& error, asio::ip::tcp::socket socket) {
        if (error) {
            return;
        }
        serve(std::make_shared<beast::tcp_stream>(std::move(socket)));
        accept();
    });
}

void WebhookReceiver::State::serve(std::shared_ptr<beast::tcp_stream> stream) {
    auto buffer = std::make_shared<beast::flat_buffer>();
    auto request = std::make_shared<http::request<http::string_body>>();
    stream->expires_after(std::chrono::seconds(10));
    http::async_read(
        *stream, *buffer, *request,
        [this, stream, buffer, request](const beast::error_code& error, std::size_t) {
            if (error) {
                return;
            }
            const unsigned status = record(*request);
            auto response = std::make_shared<http::response<http::string_body>>(
                static_cast<http::status>(status), 11);
            response->set(http::field::content_type, "application/json");
            response->body() = status < 300 ? "{\"status\":\"success\"}" : "{\"status\":\"error\"}";
            response->keep_alive(false);
            response->prepare_payload();
            http::async_write(
                *stream, *response, [stream, response](const beast::error_code&, std::size_t) {
                    beast::error_code ignored;
                    stream->socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
                });
        });
}

WebhookReceiver::WebhookReceiver() : m_state(std::make_unique<State>()) {
    const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), 0);
    m_state->acceptor.open(endpoint.protocol());
    m_state->acceptor.bind(endpoint);
    m_state->acceptor.listen();
    m_state->accept();
    m_thread = std::thread([this] { m_state->context.run(); });
}

WebhookReceiver::~WebhookReceiver() {
    m_state->context.stop();
    m_thread.join();
}

std::string WebhookReceiver::url() const {
    return "http://127.0.0.1:" + std::to_string(m_state->acceptor.local_endpoint().port());
}

void WebhookReceiver::script(const std::string& path, std::vector<unsigned> statuses) {
    std::lock_guard lock(m_state->mutex);
    m_state->scripts[path] = std::deque<unsigned>(statuses.begin(), statuses.end());
}

std::vector<ReceivedRequest> WebhookReceiver::requests(const std::string& path) const {
    std::lock_guard lock(m_state->mutex);
    const auto found = m_state->requests.find(path);
    return found == m_state->requests.end() ? std::vector<ReceivedRequest>{} : found->second;
}

std::vector<ReceivedRequest> WebhookReceiver::waitForRequests(
    const std::string& path, std::size_t count, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(m_state->mutex);
    m_state->received.wait_for(lock, timeout, [&] {
        const auto found = m_state->requests.find(path);
        return found != m_state->requests.end() && found->second.size() >= count;
    });
    const auto found = m_state->requests.find(path);
    return found == m_state->requests.end() ? std::vector<ReceivedRequest>{} : found->second;
}

}  // namespace recops::testing
