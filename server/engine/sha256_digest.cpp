// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/sha256_digest.h"

#include "engine/engine_error.h"

#include <openssl/evp.h>

namespace recops::engine {

struct Sha256Digest::Context {
    EVP_MD_CTX* handle = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(handle); }
};

Sha256Digest::Sha256Digest() : m_context(std::make_unique<Context>()) {
    if (m_context->handle == nullptr ||
        EVP_DigestInit_ex(m_context->handle, EVP_sha256(), nullptr) != 1) {
        throw EngineError("OpenSSL could not initialise a SHA-256 digest");
    }
}

Sha256Digest::~Sha256Digest() = default;

void Sha256Digest::update(const void* data, std::size_t size) {
    if (size > 0 && EVP_DigestUpdate(m_context->handle, data, size) != 1) {
        throw EngineError("OpenSSL SHA-256 update failed");
    }
}

Sha256Digest::Value Sha256Digest::finish() {
    Value value{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context->handle, value.data(), &length) != 1 ||
        length != value.size()) {
        throw EngineError("OpenSSL SHA-256 finalisation failed");
    }
    return value;
}

}  // namespace recops::engine
