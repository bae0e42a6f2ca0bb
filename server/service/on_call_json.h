// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/contact.h"
#include "alerting/escalation_policy.h"
#include "service/json_reader.h"
#include "store/notification_record.h"

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

// Contacts, escalation policies and delivery-log entries as the API writes and reads them.
// Webhook URLs carry secrets (a Slack webhook's path is its credential): callers below
// operator see only their scheme and host. Routing keys are never shown.
namespace recops::service {

/// Whether a caller sees whole webhook URLs.
enum class UrlVisibility { Whole, OriginOnly };

/// "https://hooks.slack.com/…" for "https://hooks.slack.com/services/T0/B0/XXXX".
std::string originOnly(const std::string& url);

nlohmann::json contactToJson(const alerting::Contact& contact, UrlVisibility visibility);
nlohmann::json policyToJson(const alerting::EscalationPolicy& policy);
nlohmann::json notificationToJson(const store::NotificationRecord& record,
                                  UrlVisibility visibility);

/// The "contacts" array of a PUT body; throws InvalidInput naming the member that is wrong.
std::vector<alerting::Contact> readContacts(const nlohmann::json& body);
/// The "escalation_policies" array of a PUT body; throws InvalidInput likewise.
std::vector<alerting::EscalationPolicy> readPolicies(const nlohmann::json& body);

}  // namespace recops::service
