// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/listen_address.h"

#include <arpa/inet.h>
#include <charconv>

namespace recops::common {
namespace {

bool isIpv4(const std::string& host) {
    in_addr address{};
    return inet_pton(AF_INET, host.c_str(), &address) == 1;
}

bool isIpv6(const std::string& host) {
    in6_addr address{};
    return inet_pton(AF_INET6, host.c_str(), &address) == 1;
}

std::optional<std::uint16_t> parsePort(std::string_view text) {
    std::uint16_t port = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return port;
}

}  // namespace

std::string ListenAddress::toString() const {
    const bool bracketed = host.find(':') != std::string::npos;
    return (bracketed ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::optional<ListenAddress> parseListenAddress(std::string_view text) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) {
        return std::nullopt;
    }
    std::string_view hostText = text.substr(0, colon);
    const auto port = parsePort(text.substr(colon + 1));
    if (!port) {
        return std::nullopt;
    }
    if (hostText.size() >= 2 && hostText.front() == '[' && hostText.back() == ']') {
        std::string host(hostText.substr(1, hostText.size() - 2));
        return isIpv6(host) ? std::optional(ListenAddress{host, *port}) : std::nullopt;
    }
    std::string host(hostText);
    return isIpv4(host) ? std::optional(ListenAddress{host, *port}) : std::nullopt;
}

}  // namespace recops::common
