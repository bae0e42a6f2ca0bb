// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace recops::engine {

/// Incremental SHA-256 (OpenSSL's EVP interface), for the artifact files' trailers.
class Sha256Digest {
public:
    using Value = std::array<std::uint8_t, 32>;

    Sha256Digest();
    ~Sha256Digest();
    Sha256Digest(const Sha256Digest&) = delete;
    Sha256Digest& operator=(const Sha256Digest&) = delete;

    void update(const void* data, std::size_t size);
    /// The digest of everything given so far; the object cannot be updated afterwards.
    Value finish();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

}  // namespace recops::engine
