// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace recops::store {

/// One try to deliver a notification.
struct DeliveryAttemptRecord {
    std::int64_t attempt = 1;
    std::int64_t atMs = 0;
    std::int64_t durationMs = 0;
    /// The receiver's HTTP status; nothing when no response came (refused, timed out).
    std::optional<std::int64_t> httpStatus;
    /// What went wrong; empty for a success.
    std::string error;

    bool operator==(const DeliveryAttemptRecord&) const = default;
};

/// A notification to one contact about one alert, and its deliveries.
struct NotificationRecord {
    std::string id;
    std::string alertId;
    std::string contactId;
    /// "firing" or "resolved".
    std::string event;
    /// "slack", "pagerduty" or "alertmanager".
    std::string format;
    std::string url;
    /// The JSON body posted.
    std::string payload;
    std::int64_t escalationStep = 0;
    /// "pending", "delivered" or "failed".
    std::string state;
    std::int64_t createdAtMs = 0;
    std::optional<std::int64_t> nextAttemptAtMs;
    std::optional<std::int64_t> deliveredAtMs;
    std::vector<DeliveryAttemptRecord> attempts;

    bool operator==(const NotificationRecord&) const = default;
};

/// Which notifications to list, newest first.
struct NotificationQuery {
    std::optional<std::string> alertId;
    std::optional<std::string> contactId;
    std::optional<std::string> state;
    std::size_t limit = 100;
};

}  // namespace recops::store
