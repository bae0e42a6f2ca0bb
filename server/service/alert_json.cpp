// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/alert_json.h"

#include "common/timestamp.h"

namespace recops::service {

std::string actorName(const Principal& caller) {
    return caller.name.empty() ? "token " + caller.tokenId : caller.name;
}

nlohmann::json timestampOrNull(const std::optional<alerting::TimePoint>& time) {
    if (!time) {
        return nullptr;
    }
    return common::formatTimestamp(*time);
}

nlohmann::json alertToJson(const alerting::Alert& alert,
                           const std::vector<std::string>& silencedBy) {
    nlohmann::json acknowledgment = nullptr;
    if (alert.acknowledgment) {
        acknowledgment = {{"by", alert.acknowledgment->by},
                          {"at", common::formatTimestamp(alert.acknowledgment->at)},
                          {"comment", alert.acknowledgment->comment}};
    }
    return {{"id", alert.id},
            {"rule", alert.rule},
            {"labels", alert.labels},
            {"severity", monitoring::severityName(alert.severity)},
            {"state", alerting::alertStateName(alert.state)},
            {"value", alert.value},
            {"summary", alert.summary},
            {"active_since", common::formatTimestamp(alert.activeSince)},
            {"firing_since", timestampOrNull(alert.firingSince)},
            {"resolved_at", timestampOrNull(alert.resolvedAt)},
            {"acknowledgment", acknowledgment},
            {"silenced_by", silencedBy},
            {"escalation",
             {{"policy_id", alert.escalationPolicyId.empty()
                                ? nlohmann::json(nullptr)
                                : nlohmann::json(alert.escalationPolicyId)},
              {"steps_paged", alert.escalationStep},
              {"contacts_paged", alert.notifiedContacts}}}};
}

nlohmann::json matcherToJson(const alerting::LabelMatcher& matcher) {
    return {{"name", matcher.name()},
            {"op", alerting::matchOperatorText(matcher.op())},
            {"value", matcher.value()}};
}

nlohmann::json silenceToJson(const alerting::Silence& silence, alerting::TimePoint now) {
    nlohmann::json matchers = nlohmann::json::array();
    for (const alerting::LabelMatcher& matcher : silence.matchers) {
        matchers.push_back(matcherToJson(matcher));
    }
    return {{"id", silence.id},
            {"matchers", matchers},
            {"starts_at", common::formatTimestamp(silence.startsAt)},
            {"ends_at", common::formatTimestamp(silence.endsAt)},
            {"created_by", silence.createdBy},
            {"comment", silence.comment},
            {"created_at", common::formatTimestamp(silence.createdAt)},
            {"state", alerting::silenceStateName(silence.stateAt(now))}};
}

std::vector<alerting::LabelMatcher> readMatchers(const JsonReader& body, std::string_view member,
                                                 bool required) {
    std::vector<alerting::LabelMatcher> matchers;
    for (const JsonReader& item : body.array(member, required, 100)) {
        item.expectObject({"name", "op", "value"});
        const std::string opText = item.optionalString("op", "=", 2);
        const auto op = alerting::parseMatchOperator(opText);
        if (!op) {
            item.fail("op", "expected one of =, !=, =~, !~, got \"" + opText + "\"");
        }
        auto created = alerting::LabelMatcher::create(item.requiredString("name", 200), *op,
                                                      item.optionalString("value", {}, 1000));
        if (const auto* problem = std::get_if<std::string>(&created)) {
            item.fail({}, *problem);
        }
        matchers.push_back(std::get<alerting::LabelMatcher>(std::move(created)));
    }
    return matchers;
}

}  // namespace recops::service
