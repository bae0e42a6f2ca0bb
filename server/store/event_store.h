// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/event_record.h"
#include "store/user_history.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

namespace recops::store {

/// A half-open range of event times [fromMs, toMs), Unix milliseconds.
struct EventWindow {
    std::int64_t fromMs = std::numeric_limits<std::int64_t>::min();
    std::int64_t toMs = std::numeric_limits<std::int64_t>::max();
};

/// What a scan saw: how many events, and the times of the first and last one.
struct EventScanSummary {
    std::uint64_t events = 0;
    std::int64_t firstOccurredAtMs = 0;
    std::int64_t lastOccurredAtMs = 0;
};

/**
 * Where user events live: appended by ingestion, read per request (a user's recent history)
 * and in bulk by training. Implementations are safe to call from any number of threads.
 *
 * Durability is the contract that matters: when append() returns, the batch is on stable
 * storage, so a client that got its acknowledgement never loses the events, whatever happens
 * to the process or the machine afterwards.
 */
class EventStore {
public:
    virtual ~EventStore() = default;

    /**
     * Stores @p batch durably, all of it or nothing: events whose idempotency key is already
     * stored count as duplicates and are skipped, the rest are stored. Throws StoreError when
     * the store cannot write; then nothing of the batch is stored.
     */
    virtual AppendOutcome append(std::span<const EventRecord> batch) = 0;

    /// The @p limit most recent events of @p userId into @p history, newest first. Meant for
    /// the request path: after warm-up it does not allocate.
    virtual void readUserHistory(std::string_view userId, std::size_t limit,
                                 UserHistory& history) = 0;

    /// Calls @p onEvent for every event that occurred in @p window, in the order they were
    /// stored, from one consistent snapshot (events appended meanwhile are not seen).
    virtual EventScanSummary scan(const EventWindow& window,
                                  const std::function<void(const EventRecord&)>& onEvent) = 0;

    /// Every event of @p userId, oldest first (a user's data export).
    virtual std::vector<EventRecord> userEvents(std::string_view userId) = 0;

    /// Deletes every event of @p userId and records that the user's data was erased; returns
    /// how many events were deleted. Durable when it returns.
    virtual std::uint64_t eraseUser(std::string_view userId) = 0;

    /// How many events are stored.
    virtual std::uint64_t count() = 0;

    /// The @p limit users with the most stored events, most active first (ties by id): whom a
    /// cache warm-up serves first.
    virtual std::vector<std::string> mostActiveUsers(std::size_t limit) = 0;

    /// Forgets whatever the store keeps in process about the stored events, for when the
    /// database was replaced underneath it (a restore). Stores that keep nothing: no-op.
    virtual void forgetCached() {}
};

}  // namespace recops::store
