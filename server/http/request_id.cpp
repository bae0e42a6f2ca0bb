// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/request_id.h"

#include <algorithm>
#include <cstdint>
#include <random>

namespace recops::http {
namespace {

bool isIdCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}

/// Request ids must be unique, not secret: a per-thread generator seeded once from the OS is
/// enough and takes no lock.
std::mt19937_64& threadGenerator() {
    thread_local std::mt19937_64 generator = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }();
    return generator;
}

}  // namespace

bool RequestId::isAcceptable(std::string_view candidate) {
    return !candidate.empty() && candidate.size() <= kMaxLength &&
           std::all_of(candidate.begin(), candidate.end(), isIdCharacter);
}

RequestId RequestId::acceptOrGenerate(std::string_view incoming) {
    RequestId id;
    if (isAcceptable(incoming)) {
        std::copy(incoming.begin(), incoming.end(), id.m_characters.begin());
        id.m_length = incoming.size();
        return id;
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    std::mt19937_64& generator = threadGenerator();
    for (std::size_t half = 0; half < 2; ++half) {
        std::uint64_t bits = generator();
        for (std::size_t digit = 0; digit < 16; ++digit) {
            id.m_characters[id.m_length++] = kDigits[bits & 0x0f];
            bits >>= 4;
        }
    }
    return id;
}

}  // namespace recops::http
