// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/seeded_random.h"

#include <cmath>

namespace recops::engine {
namespace {

// 64x64->128-bit products for Lemire's method; __extension__ keeps -Wpedantic quiet.
__extension__ using Uint128 = unsigned __int128;

std::uint64_t splitMix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

std::uint64_t rotateLeft(std::uint64_t value, unsigned shift) {
    return (value << shift) | (value >> (64U - shift));
}

}  // namespace

SeededRandom::SeededRandom(std::uint64_t seed) {
    std::uint64_t state = seed;
    for (auto& word : m_state) {
        word = splitMix64(state);
    }
}

std::uint64_t SeededRandom::deriveSeed(std::uint64_t baseSeed, std::uint64_t stream) {
    std::uint64_t state = baseSeed ^ rotateLeft(stream * 0xD1B54A32D192ED03ULL, 17);
    splitMix64(state);
    return splitMix64(state);
}

std::uint64_t SeededRandom::next() {
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t shifted = m_state[1] << 17U;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= shifted;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double SeededRandom::uniform() {
    return static_cast<double>(next() >> 11U) * 0x1.0p-53;
}

std::uint64_t SeededRandom::below(std::uint64_t bound) {
    // Lemire, "Fast Random Integer Generation in an Interval" (2019): multiply, and reject
    // the few low products that would bias the result.
    Uint128 product = static_cast<Uint128>(next()) * bound;
    auto low = static_cast<std::uint64_t>(product);
    if (low < bound) {
        const std::uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            product = static_cast<Uint128>(next()) * bound;
            low = static_cast<std::uint64_t>(product);
        }
    }
    return static_cast<std::uint64_t>(product >> 64U);
}

double SeededRandom::normal() {
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    double u = 0.0;
    double v = 0.0;
    double s = 0.0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpareNormal = true;
    return u * factor;
}

}  // namespace recops::engine
