// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

namespace recops::common {

using Sha256Digest = std::array<std::uint8_t, 32>;

/// SHA-256 of @p data (OpenSSL).
Sha256Digest sha256(std::string_view data);

/// SHA-256 of the file at @p path, read in blocks (any size). Throws std::runtime_error naming
/// the file when it cannot be read.
Sha256Digest sha256OfFile(const std::filesystem::path& path);

/**
 * Whether two byte strings are equal, in a time that depends only on their lengths
 * (OpenSSL's CRYPTO_memcmp). Use it for anything derived from a secret.
 */
bool equalInConstantTime(std::span<const std::uint8_t> left, std::span<const std::uint8_t> right);

}  // namespace recops::common
