// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <string_view>

namespace recops::common {

/// FNV-1a over the bytes of @p text: the same value on every platform, build and run (unlike
/// std::hash), for decisions that must not move between replicas or restarts.
constexpr std::uint64_t fnv1a64(std::string_view text) {
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (const char character : text) {
        hash ^= static_cast<unsigned char>(character);
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

/// splitmix64's finaliser: spreads FNV-1a's weak low bits over the whole word, so that
/// `hash % n` is uniform even for ids that differ only in their last characters.
constexpr std::uint64_t mix64(std::uint64_t value) {
    value ^= value >> 30U;
    value *= 0xBF58476D1CE4E5B9ULL;
    value ^= value >> 27U;
    value *= 0x94D049BB133111EBULL;
    value ^= value >> 31U;
    return value;
}

}  // namespace recops::common
