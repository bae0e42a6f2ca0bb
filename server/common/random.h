// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstddef>
#include <string>

namespace recops::common {

/// @p byteCount bytes from OpenSSL's cryptographic generator, as lowercase hex.
/// Throws std::runtime_error when the generator fails (it never returns weak bytes).
std::string secureRandomHex(std::size_t byteCount);

}  // namespace recops::common
