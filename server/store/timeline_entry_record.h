// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/digest.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace recops::store {

/// One entry of an incident's timeline: a note, a runbook step, a status change.
struct TimelineEntryRecord {
    /// The client's id for the entry, unique within the incident; it makes retries harmless.
    std::string entryId;
    /// Assigned by the store: the order entries arrived in.
    std::int64_t sequence = 0;
    /// When it happened, as the author says (a runbook journaled offline sends past times).
    std::chrono::system_clock::time_point time;
    std::string author;
    std::string kind;
    std::string text;
    /// A JSON object, serialized.
    std::string data = "{}";
    std::chrono::system_clock::time_point recordedAt;
    std::string recordedByTokenId;
    /// SHA-256 of what the client sent, to tell a retry from a different entry reusing the id.
    common::Sha256Digest fingerprint{};
};

}  // namespace recops::store
