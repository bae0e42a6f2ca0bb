// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/on_call_json.h"

#include "common/timestamp.h"
#include "service/alert_json.h"

#include <set>

namespace recops::service {
namespace {

constexpr std::size_t kMaxContacts = 500;
constexpr std::size_t kMaxPolicies = 100;
constexpr std::int64_t kMaxDelaySeconds = 86'400;
constexpr std::int64_t kMaxRepeat = 10;

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 64) {
        return false;
    }
    for (std::size_t index = 0; index < id.size(); ++index) {
        const char c = id[index];
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alphanumeric && (index == 0 || (c != '.' && c != '_' && c != '-'))) {
            return false;
        }
    }
    return true;
}

std::string readId(const JsonReader& item, std::set<std::string>& seen) {
    const std::string id = item.requiredString("id", 64);
    if (!isValidId(id)) {
        item.fail("id", "\"" + id +
                            "\" is not an id: 1 to 64 of a-z 0-9 . _ -, starting with a letter "
                            "or digit");
    }
    if (!seen.insert(id).second) {
        item.fail("id", "\"" + id + "\" is given twice");
    }
    return id;
}

std::string readWebhookUrl(const JsonReader& webhook) {
    const std::string url = webhook.requiredString("url", 2000);
    const auto scheme = url.find("://");
    const std::string_view prefix = std::string_view(url).substr(0, scheme);
    if (scheme == std::string::npos || (prefix != "http" && prefix != "https") ||
        url.size() == scheme + 3 || url[scheme + 3] == '/') {
        webhook.fail("url", "expected an http:// or https:// URL with a host, got \"" + url + "\"");
    }
    return url;
}

std::optional<alerting::Webhook> readWebhook(const JsonReader& contact) {
    const auto webhook = contact.optionalObject("webhook");
    if (!webhook) {
        return std::nullopt;
    }
    webhook->expectObject({"url", "format", "routing_key"});
    const std::string url = readWebhookUrl(*webhook);
    const std::string formatText = webhook->requiredString("format", 20);
    const auto format = alerting::parseNotificationFormat(formatText);
    if (!format) {
        webhook->fail("format",
                      "expected one of slack, pagerduty, alertmanager, got \"" + formatText + "\"");
    }
    const std::string routingKey = webhook->optionalString("routing_key", {}, 200);
    if (!routingKey.empty() && *format != alerting::NotificationFormat::PagerDuty) {
        webhook->fail("routing_key", "only a pagerduty webhook takes a routing key");
    }
    return alerting::Webhook{url, *format, routingKey};
}

std::vector<std::string> readContactIds(const JsonReader& level) {
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const JsonReader& item : level.array("contacts", true, 50)) {
        std::string id = item.asString(64);
        if (!seen.insert(id).second) {
            item.fail({}, "\"" + id + "\" is given twice in this level");
        }
        ids.push_back(std::move(id));
    }
    if (ids.empty()) {
        level.fail("contacts", "a level pages at least one contact");
    }
    return ids;
}

}  // namespace

std::string originOnly(const std::string& url) {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos) {
        return "…";
    }
    const auto path = url.find_first_of("/?#", scheme + 3);
    return path == std::string::npos ? url : url.substr(0, path) + "/…";
}

nlohmann::json contactToJson(const alerting::Contact& contact, UrlVisibility visibility) {
    nlohmann::json webhook = nullptr;
    if (contact.webhook) {
        webhook = {{"url", visibility == UrlVisibility::Whole ? contact.webhook->url
                                                              : originOnly(contact.webhook->url)},
                   {"format", alerting::notificationFormatName(contact.webhook->format)},
                   {"routing_key_set", !contact.webhook->routingKey.empty()}};
    }
    return {{"id", contact.id},       {"name", contact.name},   {"role", contact.role},
            {"email", contact.email}, {"phone", contact.phone}, {"webhook", webhook}};
}

nlohmann::json policyToJson(const alerting::EscalationPolicy& policy) {
    nlohmann::json matchers = nlohmann::json::array();
    for (const alerting::LabelMatcher& matcher : policy.matchers) {
        matchers.push_back(matcherToJson(matcher));
    }
    nlohmann::json levels = nlohmann::json::array();
    for (const alerting::EscalationLevel& level : policy.levels) {
        levels.push_back({{"delay_s", std::chrono::duration<double>(level.delay).count()},
                          {"contacts", level.contactIds}});
    }
    return {{"id", policy.id},
            {"name", policy.name},
            {"matchers", matchers},
            {"levels", levels},
            {"repeat", policy.repeat}};
}

nlohmann::json notificationToJson(const store::NotificationRecord& record,
                                  UrlVisibility visibility) {
    const auto time = [](const std::optional<std::int64_t>& milliseconds) {
        return milliseconds ? nlohmann::json(common::formatTimestamp(
                                  common::fromUnixMilliseconds(*milliseconds)))
                            : nlohmann::json(nullptr);
    };
    nlohmann::json attempts = nlohmann::json::array();
    for (const store::DeliveryAttemptRecord& attempt : record.attempts) {
        attempts.push_back({{"attempt", attempt.attempt},
                            {"at", time(attempt.atMs)},
                            {"duration_ms", attempt.durationMs},
                            {"http_status", attempt.httpStatus ? nlohmann::json(*attempt.httpStatus)
                                                               : nlohmann::json(nullptr)},
                            {"error", attempt.error}});
    }
    return {{"id", record.id},
            {"alert_id", record.alertId},
            {"contact_id", record.contactId},
            {"event", record.event},
            {"format", record.format},
            {"url", visibility == UrlVisibility::Whole ? record.url : originOnly(record.url)},
            {"escalation_step", record.escalationStep},
            {"state", record.state},
            {"created_at", time(record.createdAtMs)},
            {"next_attempt_at", time(record.nextAttemptAtMs)},
            {"delivered_at", time(record.deliveredAtMs)},
            {"attempts", attempts}};
}

std::vector<alerting::Contact> readContacts(const nlohmann::json& body) {
    const JsonReader reader(body, {});
    reader.expectObject({"contacts"});
    std::vector<alerting::Contact> contacts;
    std::set<std::string> ids;
    for (const JsonReader& item : reader.array("contacts", true, kMaxContacts)) {
        item.expectObject({"id", "name", "role", "email", "phone", "webhook"});
        alerting::Contact contact;
        contact.id = readId(item, ids);
        contact.name = item.requiredString("name", 200);
        if (contact.name.empty()) {
            item.fail("name", "must not be empty");
        }
        contact.role = item.optionalString("role", {}, 200);
        contact.email = item.optionalString("email", {}, 200);
        if (!contact.email.empty() && (contact.email.find('@') == std::string::npos ||
                                       contact.email.find(' ') != std::string::npos)) {
            item.fail("email", "\"" + contact.email + "\" is not an email address");
        }
        contact.phone = item.optionalString("phone", {}, 50);
        if (contact.phone.find_first_not_of("0123456789+-() ") != std::string::npos) {
            item.fail("phone", "only digits, spaces and + - ( ) are allowed");
        }
        contact.webhook = readWebhook(item);
        contacts.push_back(std::move(contact));
    }
    return contacts;
}

std::vector<alerting::EscalationPolicy> readPolicies(const nlohmann::json& body) {
    const JsonReader reader(body, {});
    reader.expectObject({"escalation_policies"});
    std::vector<alerting::EscalationPolicy> policies;
    std::set<std::string> ids;
    for (const JsonReader& item : reader.array("escalation_policies", true, kMaxPolicies)) {
        item.expectObject({"id", "name", "matchers", "levels", "repeat"});
        alerting::EscalationPolicy policy;
        policy.id = readId(item, ids);
        policy.name = item.optionalString("name", policy.id, 200);
        policy.matchers = readMatchers(item, "matchers", false);
        for (const JsonReader& level : item.array("levels", true, 20)) {
            level.expectObject({"delay_s", "contacts"});
            policy.levels.push_back(
                {std::chrono::seconds(level.optionalInteger("delay_s", 0, 0, kMaxDelaySeconds)),
                 readContactIds(level)});
        }
        if (policy.levels.empty()) {
            item.fail("levels", "a policy has at least one level");
        }
        policy.repeat = static_cast<std::size_t>(item.optionalInteger("repeat", 0, 0, kMaxRepeat));
        policies.push_back(std::move(policy));
    }
    return policies;
}

}  // namespace recops::service
