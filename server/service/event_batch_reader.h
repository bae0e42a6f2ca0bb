// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/problem.h"
#include "store/event_record.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>
#include <vector>

namespace recops::service {

/// What a batch of events may look like.
struct EventBatchLimits {
    std::size_t maxEvents = 10'000;
    /// How far past "now" a timestamp may lie.
    std::int64_t maxFutureSkewMs = 86'400'000;
};

/**
 * Reads the body of POST /api/v1/events: a JSON array of event objects
 * (`application/json`) or one object per line (`application/x-ndjson`).
 *
 * Each event is checked field by field; the whole batch is refused when any event is wrong,
 * with every fault (up to a hundred) listed in the problem's "errors" member as
 * {index, field, message} (and the line, for NDJSON), so a client fixes its batch in one pass.
 */
class EventBatchReader {
public:
    explicit EventBatchReader(EventBatchLimits limits) : m_limits(limits) {}

    /// The events, or the problem to answer (400 invalid, 413 too many, 415 media type).
    std::variant<std::vector<store::EventRecord>, http::Problem> read(std::string_view contentType,
                                                                      std::string_view body,
                                                                      std::int64_t nowMs) const;

private:
    EventBatchLimits m_limits;
};

}  // namespace recops::service
