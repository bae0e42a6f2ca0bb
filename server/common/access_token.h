// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/digest.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace recops::common {

/**
 * A bearer token as a client presents it: "rcp_<id>_<secret>".
 *
 * The id (16 hex digits, 64 bits) is public: it names the token in lists, logs and the
 * revoke command, and lets the server find the stored record without touching the secret.
 * The secret (64 hex digits, 256 bits) is never stored; the server keeps SHA-256 of the whole
 * token and compares digests in constant time, so neither lookup nor comparison leaks how
 * much of a guess was right. A plain hash (no salt, no slow KDF) is enough because the
 * secret is random and long, not chosen by a person.
 *
 * The object views the caller's text and owns nothing, so parsing one on every request
 * allocates nothing.
 */
class AccessToken {
public:
    static constexpr std::string_view kPrefix = "rcp_";
    static constexpr std::size_t kIdLength = 16;
    static constexpr std::size_t kSecretLength = 64;
    static constexpr std::size_t kLength = kPrefix.size() + kIdLength + 1 + kSecretLength;

    /// A fresh token from the cryptographic random generator.
    static std::string generate();

    /// @p text as a token, or nothing when it does not have the token's exact form.
    static std::optional<AccessToken> parse(std::string_view text);

    /// Whether @p id has the form of a token id (16 lowercase hex digits).
    static bool isWellFormedId(std::string_view id);

    std::string_view id() const { return m_text.substr(kPrefix.size(), kIdLength); }
    std::string_view text() const { return m_text; }

    /// What the store keeps: SHA-256 of the whole token text.
    Sha256Digest digest() const { return sha256(m_text); }

private:
    explicit AccessToken(std::string_view text) : m_text(text) {}

    std::string_view m_text;
};

}  // namespace recops::common
