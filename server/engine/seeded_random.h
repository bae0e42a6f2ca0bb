// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>

namespace recops::engine {

/// A small, fast pseudo-random generator (xoshiro256**, seeded through splitmix64) with
/// the few draws the engine needs.
///
/// The standard library's distributions are implementation-defined, so the same seed could
/// give a different split or synthetic dataset with another standard library. Everything
/// here is specified bit for bit, which keeps splits, generated data and initial factors
/// reproducible across platforms.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed);

    /// A seed for an independent stream, derived from a base seed and a stream number
    /// (for example one stream per user, so results do not depend on thread scheduling).
    static std::uint64_t deriveSeed(std::uint64_t baseSeed, std::uint64_t stream);

    std::uint64_t next();
    /// Uniform in [0, 1), 53 bits of precision.
    double uniform();
    /// Uniform integer in [0, bound); bound must be > 0. Unbiased (Lemire's method).
    std::uint64_t below(std::uint64_t bound);
    /// Standard normal draw (Marsaglia's polar method).
    double normal();

private:
    std::uint64_t m_state[4];
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

}  // namespace recops::engine
