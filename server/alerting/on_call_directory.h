// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/contact.h"
#include "alerting/escalation_policy.h"
#include "monitoring/labels.h"

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recops::store {
class OnCallStore;
}

namespace recops::alerting {

/// Why a replacement was refused: a reference between contacts and policies does not hold.
struct ReferenceProblem {
    enum class Kind {
        /// The new list is wrong in itself (names an unknown contact, lacks a routing key).
        Invalid,
        /// The new list is fine but would break the other (drops a contact a policy pages).
        InUse,
    };
    Kind kind = Kind::Invalid;
    /// Where ("escalation_policies[0].levels[1].contacts[0]") and why.
    std::string detail;
};

/**
 * Contacts and escalation policies, in memory and in the store, each list replaced whole
 * (PUT). Every contact a policy names must exist: replacing the policies checks that each
 * named contact is known, replacing the contacts that none still paged is left out.
 */
class OnCallDirectory {
public:
    /// Loads both lists; throws StoreError when one is damaged.
    explicit OnCallDirectory(store::OnCallStore& store);

    std::vector<Contact> contacts() const;
    std::vector<EscalationPolicy> policies() const;
    std::optional<Contact> contact(std::string_view id) const;
    std::optional<EscalationPolicy> policy(std::string_view id) const;
    /// The first policy whose matchers all match @p labels.
    std::optional<EscalationPolicy> policyFor(const monitoring::Labels& labels) const;

    /// A PagerDuty webhook given without a routing key keeps the key the contact had, so that
    /// a client can write back what it read (the API never shows keys).
    std::optional<ReferenceProblem> replaceContacts(std::vector<Contact> contacts);
    std::optional<ReferenceProblem> replacePolicies(std::vector<EscalationPolicy> policies);

private:
    store::OnCallStore& m_store;
    mutable std::mutex m_mutex;
    std::vector<Contact> m_contacts;
    std::vector<EscalationPolicy> m_policies;
};

}  // namespace recops::alerting
