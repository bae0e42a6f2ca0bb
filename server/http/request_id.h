// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace recops::http {

/**
 * The id that ties a request to its response (X-Request-Id), its access log line and any
 * problem object. A client or proxy may bring one; anything that is not 1 to 64 characters of
 * [A-Za-z0-9._-] is replaced, so ids are always safe to log and to echo in a header.
 *
 * Held inline (no allocation): every request has one.
 */
class RequestId {
public:
    static constexpr std::size_t kMaxLength = 64;

    /// @p incoming when acceptable, otherwise a fresh random id (32 hex digits).
    static RequestId acceptOrGenerate(std::string_view incoming);

    static bool isAcceptable(std::string_view candidate);

    std::string_view view() const { return {m_characters.data(), m_length}; }

private:
    RequestId() = default;

    std::array<char, kMaxLength> m_characters{};
    std::size_t m_length = 0;
};

}  // namespace recops::http
