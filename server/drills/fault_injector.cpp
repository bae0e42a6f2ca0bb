// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "drills/fault_injector.h"

#include "common/random.h"
#include "common/timestamp.h"

#include <cmath>

namespace recops::drills {
namespace {

constexpr double kMaximumDelayMs = 60'000.0;

std::size_t indexOf(FaultKind kind) {
    return static_cast<std::size_t>(kind);
}

}  // namespace

FaultInjector::FaultInjector(Clock clock) : m_clock(std::move(clock)) {}

std::int64_t FaultInjector::nowMs() const {
    return common::toUnixMilliseconds(m_clock());
}

std::variant<Fault, FaultConflict> FaultInjector::inject(FaultKind kind, double magnitude,
                                                         std::chrono::milliseconds duration,
                                                         std::string createdBy) {
    std::lock_guard lock(m_mutex);
    const TimePoint now = m_clock();
    std::optional<Fault>& current = m_faults[indexOf(kind)];
    if (current && current->expiresAt > now) {
        return FaultConflict{*current};
    }
    current = Fault{common::secureRandomHex(8), kind, magnitude, now, now + duration,
                    std::move(createdBy)};
    Slot& slot = m_slots[indexOf(kind)];
    slot.magnitude.store(magnitude, std::memory_order_relaxed);
    slot.expiresAtMs.store(common::toUnixMilliseconds(current->expiresAt),
                           std::memory_order_release);
    return *current;
}

bool FaultInjector::active(FaultKind kind) const {
    return nowMs() < m_slots[indexOf(kind)].expiresAtMs.load(std::memory_order_acquire);
}

double FaultInjector::magnitude(FaultKind kind) const {
    const Slot& slot = m_slots[indexOf(kind)];
    if (nowMs() >= slot.expiresAtMs.load(std::memory_order_acquire)) {
        return 0.0;
    }
    return slot.magnitude.load(std::memory_order_relaxed);
}

std::optional<Fault> FaultInjector::find(FaultKind kind) const {
    std::lock_guard lock(m_mutex);
    const std::optional<Fault>& fault = m_faults[indexOf(kind)];
    if (fault && fault->expiresAt > m_clock()) {
        return fault;
    }
    return std::nullopt;
}

std::vector<Fault> FaultInjector::list() const {
    std::lock_guard lock(m_mutex);
    const TimePoint now = m_clock();
    std::vector<Fault> faults;
    for (const std::optional<Fault>& fault : m_faults) {
        if (fault && fault->expiresAt > now) {
            faults.push_back(*fault);
        }
    }
    return faults;
}

void FaultInjector::end(FaultKind kind) {
    m_slots[indexOf(kind)].expiresAtMs.store(0, std::memory_order_release);
    m_slots[indexOf(kind)].magnitude.store(0.0, std::memory_order_relaxed);
    m_faults[indexOf(kind)].reset();
}

bool FaultInjector::clear(std::string_view id) {
    std::lock_guard lock(m_mutex);
    const TimePoint now = m_clock();
    for (std::optional<Fault>& fault : m_faults) {
        if (fault && fault->id == id && fault->expiresAt > now) {
            end(fault->kind);
            return true;
        }
    }
    return false;
}

std::size_t FaultInjector::clearAll() {
    std::lock_guard lock(m_mutex);
    const TimePoint now = m_clock();
    std::size_t cleared = 0;
    for (std::optional<Fault>& fault : m_faults) {
        if (fault) {
            cleared += fault->expiresAt > now ? 1 : 0;
            end(fault->kind);
        }
    }
    return cleared;
}

std::vector<Fault> FaultInjector::sweepExpired() {
    std::lock_guard lock(m_mutex);
    const TimePoint now = m_clock();
    std::vector<Fault> expired;
    for (std::optional<Fault>& fault : m_faults) {
        if (fault && fault->expiresAt <= now) {
            expired.push_back(*fault);
            end(fault->kind);
        }
    }
    return expired;
}

std::optional<std::string> FaultInjector::findMagnitudeProblem(FaultKind kind, double magnitude) {
    if (!std::isfinite(magnitude)) {
        return "magnitude must be a finite number";
    }
    switch (kind) {
        case FaultKind::Latency:
        case FaultKind::SlowStore:
            if (magnitude < 1.0 || magnitude > kMaximumDelayMs) {
                return "for a " + std::string(faultKindName(kind)) +
                       " fault: the added delay in milliseconds, 1..60000";
            }
            return std::nullopt;
        case FaultKind::Errors:
            if (magnitude <= 0.0 || magnitude > 1.0) {
                return "for an errors fault: the share of API requests to fail, greater than "
                       "0 and at most 1";
            }
            return std::nullopt;
        case FaultKind::ModelUnavailable:
        case FaultKind::CacheDown:
            if (magnitude != 1.0) {
                return "a " + std::string(faultKindName(kind)) +
                       " fault is on or off: leave magnitude out, or give 1";
            }
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace recops::drills
