// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/sha256_hasher.h"

#include <stdexcept>

#include <openssl/evp.h>

namespace recops::common {

struct Sha256Hasher::Context {
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(context); }
};

Sha256Hasher::Sha256Hasher() : m_context(std::make_unique<Context>()) {
    if (m_context->context == nullptr ||
        EVP_DigestInit_ex(m_context->context, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed in OpenSSL");
    }
}

Sha256Hasher::~Sha256Hasher() = default;

void Sha256Hasher::update(std::span<const std::uint8_t> bytes) {
    if (EVP_DigestUpdate(m_context->context, bytes.data(), bytes.size()) != 1) {
        throw std::runtime_error("SHA-256 failed in OpenSSL");
    }
}

void Sha256Hasher::update(std::span<const char> bytes) {
    update(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                         bytes.size()));
}

Sha256Digest Sha256Hasher::finish() {
    Sha256Digest digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->context, digest.data(), &length) != 1 ||
        length != digest.size() ||
        EVP_DigestInit_ex(m_context->context, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed in OpenSSL");
    }
    return digest;
}

}  // namespace recops::common
