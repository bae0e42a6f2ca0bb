// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/digest.h"

#include <memory>
#include <span>

namespace recops::common {

/// SHA-256 over data that arrives in pieces (OpenSSL's EVP interface), for files streamed
/// through a buffer rather than held whole in memory.
class Sha256Hasher {
public:
    Sha256Hasher();
    ~Sha256Hasher();
    Sha256Hasher(const Sha256Hasher&) = delete;
    Sha256Hasher& operator=(const Sha256Hasher&) = delete;

    void update(std::span<const std::uint8_t> bytes);
    void update(std::span<const char> bytes);
    /// The digest of everything given so far; the hasher starts over afterwards.
    Sha256Digest finish();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

}  // namespace recops::common
