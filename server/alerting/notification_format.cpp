// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/notification_format.h"

#include <array>

namespace recops::alerting {
namespace {

constexpr std::array kFormats{NotificationFormat::Slack, NotificationFormat::PagerDuty,
                              NotificationFormat::Alertmanager};
constexpr std::array<std::string_view, 3> kNames{"slack", "pagerduty", "alertmanager"};

}  // namespace

std::span<const NotificationFormat> allNotificationFormats() {
    return kFormats;
}

std::string_view notificationFormatName(NotificationFormat format) {
    return kNames[static_cast<std::size_t>(format)];
}

std::optional<NotificationFormat> parseNotificationFormat(std::string_view name) {
    for (NotificationFormat format : kFormats) {
        if (notificationFormatName(format) == name) {
            return format;
        }
    }
    return std::nullopt;
}

std::string_view notificationEventName(NotificationEvent event) {
    return event == NotificationEvent::Firing ? "firing" : "resolved";
}

}  // namespace recops::alerting
