// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/access_token.h"

#include "common/hex.h"
#include "common/random.h"

namespace recops::common {

std::string AccessToken::generate() {
    std::string text(kPrefix);
    text += secureRandomHex(kIdLength / 2);
    text.push_back('_');
    text += secureRandomHex(kSecretLength / 2);
    return text;
}

std::optional<AccessToken> AccessToken::parse(std::string_view text) {
    if (text.size() != kLength || !text.starts_with(kPrefix)) {
        return std::nullopt;
    }
    const std::string_view id = text.substr(kPrefix.size(), kIdLength);
    const std::size_t separator = kPrefix.size() + kIdLength;
    const std::string_view secret = text.substr(separator + 1);
    if (text[separator] != '_' || !isLowercaseHex(id) || !isLowercaseHex(secret)) {
        return std::nullopt;
    }
    return AccessToken(text);
}

bool AccessToken::isWellFormedId(std::string_view id) {
    return id.size() == kIdLength && isLowercaseHex(id);
}

}  // namespace recops::common
