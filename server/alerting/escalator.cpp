// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/escalator.h"

#include "alerting/alert_book.h"
#include "alerting/escalation_plan.h"
#include "alerting/notification_dispatcher.h"
#include "alerting/notification_payloads.h"
#include "alerting/on_call_directory.h"
#include "alerting/silence_book.h"
#include "common/logger.h"

namespace recops::alerting {

std::string describePage(const PageOutcome& outcome) {
    const auto join = [](const std::vector<std::string>& ids) {
        std::string text;
        for (const std::string& id : ids) {
            text += (text.empty() ? "" : ", ") + id;
        }
        return text;
    };
    std::string text = "paged " + (outcome.paged.empty() ? "nobody" : join(outcome.paged));
    if (!outcome.unreachable.empty()) {
        text += " (no webhook: " + join(outcome.unreachable) + ")";
    }
    return text;
}

Escalator::Escalator(AlertBook& alerts, const SilenceBook& silences, const OnCallDirectory& onCall,
                     NotificationDispatcher& dispatcher, common::Logger& logger)
    : m_alerts(alerts)
    , m_silences(silences)
    , m_onCall(onCall)
    , m_dispatcher(dispatcher)
    , m_logger(logger) {}

void Escalator::setExternalUrl(std::string url) {
    std::lock_guard lock(m_urlMutex);
    m_externalUrl = std::move(url);
}

std::string Escalator::externalUrl() const {
    std::lock_guard lock(m_urlMutex);
    return m_externalUrl;
}

void Escalator::run(TimePoint now, const std::vector<Alert>& resolved) {
    for (const Alert& alert : m_alerts.active()) {
        if (alert.state == AlertState::Firing && !alert.acknowledgment &&
            m_silences.silencing(alert.labels, now).empty()) {
            escalate(alert, now);
        }
    }
    for (const Alert& alert : resolved) {
        notifyResolved(alert, now);
    }
}

void Escalator::escalate(const Alert& alert, TimePoint now) {
    std::optional<EscalationPolicy> policy;
    if (!alert.escalationPolicyId.empty()) {
        policy = m_onCall.policy(alert.escalationPolicyId);
    }
    if (!policy) {
        policy = m_onCall.policyFor(alert.labels);
    }
    if (!policy || !alert.firingSince) {
        return;
    }
    const std::vector<EscalationStep> steps = planEscalation(*policy);
    const EscalationStep* due = nullptr;
    for (const EscalationStep& step : steps) {
        if (step.index >= alert.escalationStep && *alert.firingSince + step.offset <= now) {
            due = &step;
        }
    }
    if (due == nullptr) {
        return;
    }
    const PageOutcome outcome = page(alert, due->contactIds, due->index, now);
    std::string detail = "policy " + policy->id + ", level " + std::to_string(due->level + 1) +
                         ", cycle " + std::to_string(due->cycle + 1) + ": " + describePage(outcome);
    m_alerts.recordEscalation(alert.id, policy->id, due->index + 1, due->contactIds, detail, now);
    m_logger.info("alert escalated", {{"alert_id", alert.id}, {"detail", detail}});
}

PageOutcome Escalator::reach(const std::vector<std::string>& contactIds) const {
    PageOutcome outcome;
    for (const std::string& contactId : contactIds) {
        const auto contact = m_onCall.contact(contactId);
        (contact && contact->webhook ? outcome.paged : outcome.unreachable).push_back(contactId);
    }
    return outcome;
}

PageOutcome Escalator::page(const Alert& subject, const std::vector<std::string>& contactIds,
                            std::size_t step, TimePoint now, const std::string& linkPath) {
    PageOutcome outcome;
    for (const std::string& contactId : contactIds) {
        const auto contact = m_onCall.contact(contactId);
        if (!contact || !contact->webhook) {
            outcome.unreachable.push_back(contactId);
            continue;
        }
        const PayloadContext context{externalUrl(), contact->id, now, linkPath};
        m_dispatcher.enqueue(
            {subject.id, contact->id, NotificationEvent::Firing, contact->webhook->format,
             contact->webhook->url,
             buildPayload(subject, NotificationEvent::Firing, *contact->webhook, context), step});
        outcome.paged.push_back(contactId);
    }
    return outcome;
}

void Escalator::notifyResolved(const Alert& alert, TimePoint now) {
    for (const std::string& contactId : alert.notifiedContacts) {
        const auto contact = m_onCall.contact(contactId);
        if (!contact || !contact->webhook) {
            continue;
        }
        const PayloadContext context{externalUrl(), contact->id, now, {}};
        m_dispatcher.enqueue(
            {alert.id, contact->id, NotificationEvent::Resolved, contact->webhook->format,
             contact->webhook->url,
             buildPayload(alert, NotificationEvent::Resolved, *contact->webhook, context),
             alert.escalationStep});
    }
}

}  // namespace recops::alerting
