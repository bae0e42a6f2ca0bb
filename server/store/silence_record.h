// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace recops::store {

/// One label matcher of a silence: name, operator ("=", "!=", "=~", "!~") and value.
struct MatcherRecord {
    std::string name;
    std::string op;
    std::string value;

    bool operator==(const MatcherRecord&) const = default;
};

/// A stored silence. Expiring one early sets its end; silences are never deleted.
struct SilenceRecord {
    std::string id;
    std::vector<MatcherRecord> matchers;
    std::int64_t startsAtMs = 0;
    std::int64_t endsAtMs = 0;
    std::string createdBy;
    std::string comment;
    std::int64_t createdAtMs = 0;

    bool operator==(const SilenceRecord&) const = default;
};

}  // namespace recops::store
