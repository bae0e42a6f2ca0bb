// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/alert_book.h"

#include "alerting/alert_records.h"
#include "common/random.h"
#include "common/timestamp.h"
#include "store/alert_store.h"

#include <algorithm>

namespace recops::alerting {
namespace {

Alert newAlert(const monitoring::ActiveAlert& active) {
    Alert alert;
    alert.id = common::secureRandomHex(8);
    alert.rule = active.rule;
    alert.fingerprint = active.fingerprint;
    alert.labels = active.labels;
    alert.severity = active.severity;
    alert.state = AlertState::Pending;
    alert.value = active.value;
    alert.summary = active.summary;
    alert.activeSince = active.activeSince;
    return alert;
}

bool olderFirst(const Alert& a, const Alert& b) {
    return std::tie(a.activeSince, a.id) < std::tie(b.activeSince, b.id);
}

}  // namespace

AlertBook::AlertBook(store::AlertStore& store) : m_store(store) {}

std::vector<monitoring::ActiveAlert> AlertBook::load() {
    std::lock_guard lock(m_mutex);
    std::vector<monitoring::ActiveAlert> resumed;
    for (const store::AlertRecord& record : m_store.listUnresolved()) {
        Alert alert = fromRecord(record);
        resumed.push_back({alert.rule, alert.labels, alert.fingerprint, alert.severity,
                           alert.state == AlertState::Firing ? monitoring::AlertPhase::Firing
                                                             : monitoring::AlertPhase::Pending,
                           alert.activeSince, alert.firingSince, alert.value, alert.summary});
        m_active.insert_or_assign(alert.fingerprint, std::move(alert));
    }
    return resumed;
}

void AlertBook::save(const Alert& alert, std::string_view kind, std::string actor,
                     std::string detail, TimePoint at) {
    m_store.save(toRecord(alert), {{0, alert.id, common::toUnixMilliseconds(at), std::string(kind),
                                    std::move(actor), std::move(detail)}});
}

std::vector<Alert> AlertBook::apply(const monitoring::EvaluationResult& result, TimePoint now) {
    std::lock_guard lock(m_mutex);
    std::vector<Alert> resolved;
    const std::string actor(kServerActor);
    for (const monitoring::AlertTransition& transition : result.transitions) {
        const monitoring::ActiveAlert& active = transition.alert;
        auto found = m_active.find(active.fingerprint);
        switch (transition.kind) {
            case monitoring::TransitionKind::Pending: {
                Alert alert = newAlert(active);
                save(alert, "pending", actor, active.summary, now);
                m_active.insert_or_assign(alert.fingerprint, std::move(alert));
                break;
            }
            case monitoring::TransitionKind::Firing: {
                if (found == m_active.end()) {
                    found = m_active.emplace(active.fingerprint, newAlert(active)).first;
                }
                Alert& alert = found->second;
                alert.state = AlertState::Firing;
                alert.firingSince = active.firingSince.value_or(now);
                alert.value = active.value;
                alert.summary = active.summary;
                save(alert, "firing", actor, active.summary, now);
                break;
            }
            case monitoring::TransitionKind::Resolved:
            case monitoring::TransitionKind::Cleared: {
                if (found == m_active.end()) {
                    break;
                }
                Alert alert = std::move(found->second);
                m_active.erase(found);
                alert.state = AlertState::Resolved;
                alert.resolvedAt = now;
                const bool fired = transition.kind == monitoring::TransitionKind::Resolved;
                save(alert, fired ? "resolved" : "cleared", actor,
                     fired ? "the condition no longer holds"
                           : "the condition stopped holding before the alert fired",
                     now);
                resolved.push_back(std::move(alert));
                break;
            }
        }
    }
    for (const monitoring::ActiveAlert& active : result.active) {
        if (auto found = m_active.find(active.fingerprint); found != m_active.end()) {
            found->second.value = active.value;
            found->second.summary = active.summary;
        }
    }
    return resolved;
}

std::vector<Alert> AlertBook::active() const {
    std::lock_guard lock(m_mutex);
    std::vector<Alert> alerts;
    for (const auto& [fingerprint, alert] : m_active) {
        alerts.push_back(alert);
    }
    std::sort(alerts.begin(), alerts.end(), olderFirst);
    return alerts;
}

std::vector<Alert> AlertBook::resolved(std::size_t limit) const {
    std::vector<Alert> alerts;
    for (const store::AlertRecord& record : m_store.listResolved(limit)) {
        alerts.push_back(fromRecord(record));
    }
    return alerts;
}

Alert* AlertBook::activeById(std::string_view id) {
    for (auto& [fingerprint, alert] : m_active) {
        if (alert.id == id) {
            return &alert;
        }
    }
    return nullptr;
}

std::optional<Alert> AlertBook::find(std::string_view id) const {
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [fingerprint, alert] : m_active) {
            if (alert.id == id) {
                return alert;
            }
        }
    }
    if (const auto record = m_store.find(id)) {
        return fromRecord(*record);
    }
    return std::nullopt;
}

std::variant<Alert, AcknowledgeRefusal> AlertBook::acknowledge(std::string_view id, std::string by,
                                                               std::string comment, TimePoint now) {
    std::lock_guard lock(m_mutex);
    Alert* alert = activeById(id);
    if (alert == nullptr) {
        return m_store.find(id) ? AcknowledgeRefusal::Resolved : AcknowledgeRefusal::NotFound;
    }
    if (alert->acknowledgment) {
        return AcknowledgeRefusal::AlreadyAcknowledged;
    }
    alert->acknowledgment = Acknowledgment{by, now, comment};
    save(*alert, "acknowledged", std::move(by), std::move(comment), now);
    return *alert;
}

void AlertBook::recordEscalation(std::string_view id, const std::string& policyId, std::size_t step,
                                 const std::vector<std::string>& contactIds,
                                 const std::string& detail, TimePoint now) {
    std::lock_guard lock(m_mutex);
    Alert* alert = activeById(id);
    if (alert == nullptr) {
        return;
    }
    alert->escalationPolicyId = policyId;
    alert->escalationStep = step;
    for (const std::string& contact : contactIds) {
        if (std::find(alert->notifiedContacts.begin(), alert->notifiedContacts.end(), contact) ==
            alert->notifiedContacts.end()) {
            alert->notifiedContacts.push_back(contact);
        }
    }
    save(*alert, "escalated", std::string(kServerActor), detail, now);
}

std::vector<AlertHistoryEntry> AlertBook::history(const store::AlertEventQuery& query) const {
    std::vector<AlertHistoryEntry> entries;
    for (auto& [event, record] : m_store.events(query)) {
        entries.push_back({std::move(event), fromRecord(record)});
    }
    return entries;
}

}  // namespace recops::alerting
