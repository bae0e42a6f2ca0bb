// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/random.h"

#include "common/hex.h"

#include <cstdint>
#include <stdexcept>
#include <vector>

#include <openssl/rand.h>

namespace recops::common {

std::string secureRandomHex(std::size_t byteCount) {
    std::vector<std::uint8_t> bytes(byteCount);
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        throw std::runtime_error("the cryptographic random generator failed");
    }
    return toHex(bytes);
}

}  // namespace recops::common
