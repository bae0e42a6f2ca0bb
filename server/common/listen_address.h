// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace recops::common {

/**
 * Where a server listens: a numeric IPv4 or IPv6 address and a port (0 picks a free one).
 *
 * Host names are refused on purpose: a name can resolve to several addresses, or to a
 * different one tomorrow, and a listening socket must bind exactly what the operator wrote.
 */
struct ListenAddress {
    std::string host;
    std::uint16_t port = 0;

    /// "127.0.0.1:8470" or "[::1]:8470".
    std::string toString() const;
};

/// Parses "IPV4:PORT" or "[IPV6]:PORT"; nothing when @p text is not one of these.
std::optional<ListenAddress> parseListenAddress(std::string_view text);

}  // namespace recops::common
