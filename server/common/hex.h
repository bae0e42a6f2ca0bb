// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace recops::common {

/// Lowercase hexadecimal of @p bytes.
std::string toHex(std::span<const std::uint8_t> bytes);

/// Whether @p text is made only of lowercase hexadecimal digits (and is not empty).
bool isLowercaseHex(std::string_view text);

}  // namespace recops::common
