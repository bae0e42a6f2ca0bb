// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "drills/fault.h"

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace recops::drills {

/// inject() found a fault of the same kind still active.
struct FaultConflict {
    Fault active;
};

/**
 * The faults a drill injects, at most one per kind, each with an expiry.
 *
 * The parts of the server a fault affects ask active() or magnitude() on their own paths
 * (every API request asks about latency and errors; the cache asks about cache_down, the
 * store about slow_store): each is one atomic load and a clock read, no lock. A fault stops
 * applying the instant it expires, whether or not anyone swept it; sweepExpired() only
 * forgets expired faults so that they can be logged.
 */
class FaultInjector {
public:
    using TimePoint = std::chrono::system_clock::time_point;
    using Clock = std::function<TimePoint()>;

    explicit FaultInjector(Clock clock = [] { return std::chrono::system_clock::now(); });

    /// Starts a fault of @p kind for @p duration; a conflict when one of that kind is active.
    /// The caller has validated @p magnitude (see findMagnitudeProblem()).
    std::variant<Fault, FaultConflict> inject(FaultKind kind, double magnitude,
                                              std::chrono::milliseconds duration,
                                              std::string createdBy);

    /// Whether a fault of @p kind applies now. Cheap enough for every request.
    bool active(FaultKind kind) const;
    /// The active fault's magnitude, 0 when none is active.
    double magnitude(FaultKind kind) const;

    /// The active fault of @p kind, if any.
    std::optional<Fault> find(FaultKind kind) const;
    /// The active faults, in kind order.
    std::vector<Fault> list() const;

    /// Ends the active fault with id @p id now; false when no active fault has it.
    bool clear(std::string_view id);
    /// Ends every active fault now; how many there were.
    std::size_t clearAll();

    /// Forgets the faults that expired and returns them.
    std::vector<Fault> sweepExpired();

    /// What is wrong with @p magnitude for @p kind, or nothing when it is acceptable:
    /// latency 1..60000 ms, slow_store 1..60000 ms, errors in (0, 1], others exactly 1.
    static std::optional<std::string> findMagnitudeProblem(FaultKind kind, double magnitude);

private:
    struct Slot {
        std::atomic<std::int64_t> expiresAtMs{0};
        std::atomic<double> magnitude{0.0};
    };

    std::int64_t nowMs() const;
    /// Caller holds m_mutex.
    void end(FaultKind kind);

    Clock m_clock;
    std::array<Slot, 5> m_slots;
    mutable std::mutex m_mutex;
    std::array<std::optional<Fault>, 5> m_faults;
};

}  // namespace recops::drills
