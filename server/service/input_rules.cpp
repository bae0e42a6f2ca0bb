// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/input_rules.h"

#include "common/timestamp.h"

#include <algorithm>
#include <cmath>

namespace recops::service {

std::optional<std::string> identifierProblem(std::string_view text) {
    if (text.empty()) {
        return "must not be empty";
    }
    if (text.size() > kMaxIdentifierBytes) {
        return "is longer than " + std::to_string(kMaxIdentifierBytes) + " bytes";
    }
    if (std::any_of(text.begin(), text.end(), [](unsigned char character) {
            return character < 0x20 || character == 0x7f;
        })) {
        return "must not contain control characters";
    }
    return std::nullopt;
}

std::optional<std::string> eventTypeProblem(std::string_view type) {
    if (type.empty() || type.size() > kMaxEventTypeBytes) {
        return "must be 1 to " + std::to_string(kMaxEventTypeBytes) + " characters";
    }
    if (!std::all_of(type.begin(), type.end(), [](char character) {
            return (character >= 'a' && character <= 'z') ||
                   (character >= '0' && character <= '9') || character == '_' || character == '-';
        })) {
        return "must be lowercase letters, digits, '_' or '-' (for example view, click, rate)";
    }
    return std::nullopt;
}

std::variant<std::int64_t, std::string> timestampFromJson(const nlohmann::json& value) {
    if (value.is_number()) {
        const double seconds = value.get<double>();
        // Past 2^53 ms doubles lose precision; nobody sends events from the year 285000.
        if (!std::isfinite(seconds) || std::abs(seconds) > 9.0e12) {
            return std::string("is out of range");
        }
        return static_cast<std::int64_t>(std::llround(seconds * 1000.0));
    }
    if (value.is_string()) {
        if (const auto parsed =
                common::parseTimestampMilliseconds(value.get_ref<const std::string&>())) {
            return *parsed;
        }
        return "must be RFC 3339 (2026-03-01T12:00:00Z) or Unix seconds, got \"" +
               value.get<std::string>() + "\"";
    }
    return std::string("must be RFC 3339 text or Unix seconds");
}

}  // namespace recops::service
