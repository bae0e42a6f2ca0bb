// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The three bodies recopsd posts, each in the shape its receiver documents:
//   Slack incoming webhook:  text plus one attachment (colour by severity, labels as fields);
//   PagerDuty Events API v2: trigger/resolve with dedup_key = recopsd-<alert id>, so that
//                            PagerDuty folds repeated pages of one alert into one incident;
//   Alertmanager webhook v4: the envelope Alertmanager posts to its webhook receivers, so that
//                            anything written for Alertmanager can take recopsd's alerts.
#include "alerting/notification_payloads.h"

#include "common/digest.h"
#include "common/hex.h"
#include "common/timestamp.h"

#include <nlohmann/json.hpp>

namespace recops::alerting {
namespace {

using nlohmann::json;

std::string dump(const json& body) {
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string alertLink(const Alert& alert, const PayloadContext& context) {
    if (context.externalUrl.empty()) {
        return {};
    }
    return context.externalUrl +
           (context.linkPath.empty() ? "/api/v1/alerts?id=" + alert.id : context.linkPath);
}

std::string headline(const Alert& alert, NotificationEvent event) {
    const bool firing = event == NotificationEvent::Firing;
    return std::string(firing ? "[FIRING] " : "[RESOLVED] ") + alert.rule + " (" +
           std::string(monitoring::severityName(alert.severity)) + "): " + alert.summary;
}

std::string slackColour(const Alert& alert, NotificationEvent event) {
    if (event == NotificationEvent::Resolved) {
        return "#2eb886";
    }
    return alert.severity == monitoring::Severity::Critical ? "#d00000" : "#e8a317";
}

std::string slack(const Alert& alert, NotificationEvent event, const PayloadContext& context) {
    json fields = json::array();
    for (const auto& [name, value] : alert.labels) {
        fields.push_back({{"title", name}, {"value", value}, {"short", true}});
    }
    json attachment{
        {"color", slackColour(alert, event)},
        {"title", alert.rule},
        {"text", alert.summary},
        {"fields", fields},
        {"footer", "recopsd alert " + alert.id},
        {"ts",
         std::chrono::duration_cast<std::chrono::seconds>(context.now.time_since_epoch()).count()}};
    if (const std::string link = alertLink(alert, context); !link.empty()) {
        attachment["title_link"] = link;
    }
    return dump({{"text", headline(alert, event)}, {"attachments", json::array({attachment})}});
}

std::string pagerDutySeverity(monitoring::Severity severity) {
    switch (severity) {
        case monitoring::Severity::Critical:
            return "critical";
        case monitoring::Severity::Warning:
            return "warning";
        case monitoring::Severity::Info:
            return "info";
    }
    return "warning";
}

std::string pagerDuty(const Alert& alert, NotificationEvent event, const Webhook& webhook,
                      const PayloadContext& context) {
    json body{{"routing_key", webhook.routingKey},
              {"event_action", event == NotificationEvent::Firing ? "trigger" : "resolve"},
              {"dedup_key", "recopsd-" + alert.id},
              {"client", "recopsd"}};
    if (const std::string link = alertLink(alert, context); !link.empty()) {
        body["client_url"] = link;
    }
    if (event == NotificationEvent::Firing) {
        json details(alert.labels);
        details["alert_id"] = alert.id;
        details["value"] = alert.value;
        body["payload"] = {
            {"summary", headline(alert, event).substr(0, 1024)},
            {"source", "recopsd"},
            {"severity", pagerDutySeverity(alert.severity)},
            {"timestamp", common::formatTimestamp(alert.firingSince.value_or(alert.activeSince))},
            {"component", "recopsd"},
            {"group", alert.rule},
            {"class", alert.rule},
            {"custom_details", details}};
    }
    return dump(body);
}

/// Alertmanager's fingerprint is a 64-bit hash of the label set, printed as 16 hex digits.
std::string fingerprintOf(const Alert& alert) {
    const common::Sha256Digest digest = common::sha256(monitoring::labelFingerprint(alert.labels));
    return common::toHex(std::span<const std::uint8_t>(digest.data(), 8));
}

std::string alertmanager(const Alert& alert, NotificationEvent event,
                         const PayloadContext& context) {
    const std::string status = event == NotificationEvent::Firing ? "firing" : "resolved";
    const json annotations{{"summary", alert.summary}, {"alert_id", alert.id}};
    const json labels(alert.labels);
    // Alertmanager writes the zero time for an alert that has not ended.
    const std::string endsAt = event == NotificationEvent::Resolved && alert.resolvedAt
                                   ? common::formatTimestamp(*alert.resolvedAt)
                                   : "0001-01-01T00:00:00Z";
    const json entry{
        {"status", status},
        {"labels", labels},
        {"annotations", annotations},
        {"startsAt", common::formatTimestamp(alert.firingSince.value_or(alert.activeSince))},
        {"endsAt", endsAt},
        {"generatorURL", alertLink(alert, context)},
        {"fingerprint", fingerprintOf(alert)}};
    const json groupLabels{{"alertname", alert.rule}};
    return dump({{"version", "4"},
                 {"groupKey", "{}:{alertname=\"" + alert.rule + "\"}"},
                 {"truncatedAlerts", 0},
                 {"status", status},
                 {"receiver", context.receiver},
                 {"groupLabels", groupLabels},
                 {"commonLabels", labels},
                 {"commonAnnotations", annotations},
                 {"externalURL", context.externalUrl},
                 {"alerts", json::array({entry})}});
}

}  // namespace

std::string buildPayload(const Alert& alert, NotificationEvent event, const Webhook& webhook,
                         const PayloadContext& context) {
    switch (webhook.format) {
        case NotificationFormat::Slack:
            return slack(alert, event, context);
        case NotificationFormat::PagerDuty:
            return pagerDuty(alert, event, webhook, context);
        case NotificationFormat::Alertmanager:
            return alertmanager(alert, event, context);
    }
    return slack(alert, event, context);
}

}  // namespace recops::alerting
