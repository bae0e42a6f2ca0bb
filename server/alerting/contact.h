// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/notification_format.h"

#include <optional>
#include <string>

namespace recops::alerting {

/// Where a contact's notifications are posted.
struct Webhook {
    std::string url;
    NotificationFormat format = NotificationFormat::Slack;
    /// PagerDuty only: the integration's routing key. A secret: never shown by the API.
    std::string routingKey;
};

/// Someone escalation can page. Email and phone are for the people reading the console;
/// only the webhook is called.
struct Contact {
    /// Lowercase letters, digits, '.', '_' and '-'; what policies refer to.
    std::string id;
    std::string name;
    /// What they are on call as: "primary SRE", "ML on-call".
    std::string role;
    std::string email;
    std::string phone;
    std::optional<Webhook> webhook;
};

}  // namespace recops::alerting
