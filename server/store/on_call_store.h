// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/on_call_record.h"

#include <vector>

namespace recops::store {

/// Contacts and escalation policies, each replaced as a whole list. The store enforces that
/// policies name only existing contacts (StoreError otherwise); callers validate first.
class OnCallStore {
public:
    virtual ~OnCallStore() = default;

    /// Contacts in the order given.
    virtual std::vector<ContactRecord> contacts() = 0;
    virtual std::vector<EscalationPolicyRecord> policies() = 0;

    virtual void replaceContacts(const std::vector<ContactRecord>& contacts) = 0;
    virtual void replacePolicies(const std::vector<EscalationPolicyRecord>& policies) = 0;
};

}  // namespace recops::store
