// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/on_call_directory.h"

#include "store/on_call_store.h"
#include "store/store_error.h"

#include <algorithm>
#include <stdexcept>

namespace recops::alerting {
namespace {

store::ContactRecord toRecord(const Contact& contact) {
    store::ContactRecord record{contact.id,    contact.name, contact.role, contact.email,
                                contact.phone, {},           {},           {}};
    if (contact.webhook) {
        record.webhookUrl = contact.webhook->url;
        record.webhookFormat = std::string(notificationFormatName(contact.webhook->format));
        record.routingKey = contact.webhook->routingKey;
    }
    return record;
}

Contact fromRecord(const store::ContactRecord& record) {
    Contact contact{record.id, record.name, record.role, record.email, record.phone, {}};
    if (!record.webhookUrl.empty()) {
        const auto format = parseNotificationFormat(record.webhookFormat);
        if (!format) {
            throw store::StoreError("contact " + record.id + " is damaged in the database");
        }
        contact.webhook = Webhook{record.webhookUrl, *format, record.routingKey};
    }
    return contact;
}

store::EscalationPolicyRecord toRecord(const EscalationPolicy& policy) {
    store::EscalationPolicyRecord record{
        policy.id, policy.name, {}, {}, static_cast<std::int64_t>(policy.repeat)};
    for (const LabelMatcher& matcher : policy.matchers) {
        record.matchers.push_back(matcher.toRecord());
    }
    for (const EscalationLevel& level : policy.levels) {
        record.levels.push_back({level.delay.count(), level.contactIds});
    }
    return record;
}

EscalationPolicy fromRecord(const store::EscalationPolicyRecord& record) {
    EscalationPolicy policy{
        record.id, record.name, {}, {}, static_cast<std::size_t>(record.repeat)};
    try {
        for (const store::MatcherRecord& matcher : record.matchers) {
            policy.matchers.push_back(LabelMatcher::fromRecord(matcher));
        }
    } catch (const std::invalid_argument& error) {
        throw store::StoreError("escalation policy " + record.id +
                                " is damaged in the database: " + error.what());
    }
    for (const store::EscalationLevelRecord& level : record.levels) {
        policy.levels.push_back({std::chrono::milliseconds(level.delayMs), level.contactIds});
    }
    return policy;
}

}  // namespace

OnCallDirectory::OnCallDirectory(store::OnCallStore& store) : m_store(store) {
    for (const store::ContactRecord& record : m_store.contacts()) {
        m_contacts.push_back(fromRecord(record));
    }
    for (const store::EscalationPolicyRecord& record : m_store.policies()) {
        m_policies.push_back(fromRecord(record));
    }
}

std::vector<Contact> OnCallDirectory::contacts() const {
    std::lock_guard lock(m_mutex);
    return m_contacts;
}

std::vector<EscalationPolicy> OnCallDirectory::policies() const {
    std::lock_guard lock(m_mutex);
    return m_policies;
}

std::optional<Contact> OnCallDirectory::contact(std::string_view id) const {
    std::lock_guard lock(m_mutex);
    for (const Contact& contact : m_contacts) {
        if (contact.id == id) {
            return contact;
        }
    }
    return std::nullopt;
}

std::optional<EscalationPolicy> OnCallDirectory::policy(std::string_view id) const {
    std::lock_guard lock(m_mutex);
    for (const EscalationPolicy& policy : m_policies) {
        if (policy.id == id) {
            return policy;
        }
    }
    return std::nullopt;
}

std::optional<EscalationPolicy> OnCallDirectory::policyFor(const monitoring::Labels& labels) const {
    std::lock_guard lock(m_mutex);
    for (const EscalationPolicy& policy : m_policies) {
        if (matchesAll(policy.matchers, labels)) {
            return policy;
        }
    }
    return std::nullopt;
}

std::optional<ReferenceProblem> OnCallDirectory::replaceContacts(std::vector<Contact> contacts) {
    std::lock_guard lock(m_mutex);
    for (std::size_t index = 0; index < contacts.size(); ++index) {
        Contact& contact = contacts[index];
        if (!contact.webhook || contact.webhook->format != NotificationFormat::PagerDuty ||
            !contact.webhook->routingKey.empty()) {
            continue;
        }
        for (const Contact& current : m_contacts) {
            if (current.id == contact.id && current.webhook) {
                contact.webhook->routingKey = current.webhook->routingKey;
            }
        }
        if (contact.webhook->routingKey.empty()) {
            return ReferenceProblem{ReferenceProblem::Kind::Invalid,
                                    "contacts[" + std::to_string(index) +
                                        "].webhook.routing_key: a pagerduty webhook needs the "
                                        "integration's routing key"};
        }
    }
    for (const EscalationPolicy& policy : m_policies) {
        for (std::size_t level = 0; level < policy.levels.size(); ++level) {
            for (const std::string& id : policy.levels[level].contactIds) {
                const bool kept = std::any_of(contacts.begin(), contacts.end(),
                                              [&](const Contact& c) { return c.id == id; });
                if (!kept) {
                    return ReferenceProblem{
                        ReferenceProblem::Kind::InUse,
                        "contact \"" + id + "\" is still paged by escalation policy \"" +
                            policy.id + "\" (level " + std::to_string(level + 1) +
                            "); change the policy first"};
                }
            }
        }
    }
    std::vector<store::ContactRecord> records;
    for (const Contact& contact : contacts) {
        records.push_back(toRecord(contact));
    }
    m_store.replaceContacts(records);
    m_contacts = std::move(contacts);
    return std::nullopt;
}

std::optional<ReferenceProblem> OnCallDirectory::replacePolicies(
    std::vector<EscalationPolicy> policies) {
    std::lock_guard lock(m_mutex);
    for (std::size_t index = 0; index < policies.size(); ++index) {
        const EscalationPolicy& policy = policies[index];
        for (std::size_t level = 0; level < policy.levels.size(); ++level) {
            const auto& ids = policy.levels[level].contactIds;
            for (std::size_t target = 0; target < ids.size(); ++target) {
                const bool known =
                    std::any_of(m_contacts.begin(), m_contacts.end(),
                                [&](const Contact& c) { return c.id == ids[target]; });
                if (!known) {
                    return ReferenceProblem{ReferenceProblem::Kind::Invalid,
                                            "escalation_policies[" + std::to_string(index) +
                                                "].levels[" + std::to_string(level) +
                                                "].contacts[" + std::to_string(target) +
                                                "]: no contact has id \"" + ids[target] + "\""};
                }
            }
        }
    }
    std::vector<store::EscalationPolicyRecord> records;
    for (const EscalationPolicy& policy : policies) {
        records.push_back(toRecord(policy));
    }
    m_store.replacePolicies(records);
    m_policies = std::move(policies);
    return std::nullopt;
}

}  // namespace recops::alerting
