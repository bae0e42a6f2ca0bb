// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace recops::alerting {

/// The body a receiver understands.
enum class NotificationFormat {
    /// Slack incoming webhooks (and Mattermost, Rocket.Chat): {"text", "attachments"}.
    Slack,
    /// PagerDuty Events API v2: {"routing_key", "event_action", "dedup_key", "payload"}.
    PagerDuty,
    /// Alertmanager's webhook receiver format, version 4.
    Alertmanager,
};

std::span<const NotificationFormat> allNotificationFormats();

/// "slack", "pagerduty", "alertmanager".
std::string_view notificationFormatName(NotificationFormat format);
std::optional<NotificationFormat> parseNotificationFormat(std::string_view name);

/// What a notification tells: the alert fired (or is still firing), or it resolved.
enum class NotificationEvent { Firing, Resolved };

std::string_view notificationEventName(NotificationEvent event);

}  // namespace recops::alerting
