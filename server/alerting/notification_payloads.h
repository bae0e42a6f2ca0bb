// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/alert.h"
#include "alerting/contact.h"
#include "alerting/notification_format.h"

#include <string>

namespace recops::alerting {

/// What a payload says besides the alert.
struct PayloadContext {
    /// Where recopsd can be reached, for links ("http://recops.example:8470"); may be empty.
    std::string externalUrl;
    /// The contact paged (Alertmanager's "receiver").
    std::string receiver;
    /// When the notification is made.
    TimePoint now;
    /// The path under externalUrl that links point to; empty: the alert in the API.
    std::string linkPath;
};

/// The JSON body to post to @p webhook about @p alert, in the webhook's format.
std::string buildPayload(const Alert& alert, NotificationEvent event, const Webhook& webhook,
                         const PayloadContext& context);

}  // namespace recops::alerting
