// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/digest.h"

#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace recops::common {

Sha256Digest sha256(std::string_view data) {
    Sha256Digest digest{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 ||
        length != digest.size()) {
        throw std::runtime_error("SHA-256 failed in OpenSSL");
    }
    return digest;
}

bool equalInConstantTime(std::span<const std::uint8_t> left, std::span<const std::uint8_t> right) {
    // Lengths are not secret (digests have a fixed size), so comparing them first leaks nothing.
    if (left.size() != right.size()) {
        return false;
    }
    return CRYPTO_memcmp(left.data(), right.data(), left.size()) == 0;
}

}  // namespace recops::common
