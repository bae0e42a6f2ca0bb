// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::store {

/// Where an incident stands. It only moves forward: open, mitigated, resolved.
enum class IncidentStatus { Open, Mitigated, Resolved };

inline constexpr std::array<std::string_view, 3> kIncidentStatusNames{"open", "mitigated",
                                                                      "resolved"};

enum class IncidentSeverity { Critical, High, Medium, Low };

inline constexpr std::array<std::string_view, 4> kIncidentSeverityNames{"critical", "high",
                                                                        "medium", "low"};

constexpr std::string_view incidentStatusName(IncidentStatus status) {
    return kIncidentStatusNames[static_cast<std::size_t>(status)];
}

constexpr std::string_view incidentSeverityName(IncidentSeverity severity) {
    return kIncidentSeverityNames[static_cast<std::size_t>(severity)];
}

/// The status named @p name, or nothing.
constexpr std::optional<IncidentStatus> parseIncidentStatus(std::string_view name) {
    for (std::size_t index = 0; index < kIncidentStatusNames.size(); ++index) {
        if (kIncidentStatusNames[index] == name) {
            return static_cast<IncidentStatus>(index);
        }
    }
    return std::nullopt;
}

/// The severity named @p name, or nothing.
constexpr std::optional<IncidentSeverity> parseIncidentSeverity(std::string_view name) {
    for (std::size_t index = 0; index < kIncidentSeverityNames.size(); ++index) {
        if (kIncidentSeverityNames[index] == name) {
            return static_cast<IncidentSeverity>(index);
        }
    }
    return std::nullopt;
}

/// A stored incident, without its timeline.
struct IncidentRecord {
    /// Assigned by the store at creation.
    std::int64_t id = 0;
    std::string title;
    IncidentSeverity severity = IncidentSeverity::High;
    IncidentStatus status = IncidentStatus::Open;
    std::string summary;
    /// Who leads the response; empty until someone is named.
    std::string commander;
    /// Alerts this incident is about, in the order they were given.
    std::vector<std::string> alertIds;
    std::chrono::system_clock::time_point createdAt;
    std::string createdByTokenId;
    std::string createdByName;
    std::chrono::system_clock::time_point updatedAt;
    std::optional<std::chrono::system_clock::time_point> mitigatedAt;
    std::optional<std::chrono::system_clock::time_point> resolvedAt;
    /// Increases with every change; a change is written only over the revision it was made on.
    std::int64_t revision = 1;
};

}  // namespace recops::store
