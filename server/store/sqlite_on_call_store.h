// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/on_call_store.h"
#include "store/shared_sqlite_connection.h"

namespace recops::store {

/**
 * Contacts in `contacts`; policies in `escalation_policies`, their levels in
 * `escalation_levels` and each level's contacts in `escalation_targets`, whose foreign key to
 * `contacts` keeps a policy from naming a contact that is gone.
 */
class SqliteOnCallStore final : public OnCallStore {
public:
    explicit SqliteOnCallStore(SharedSqliteConnection& connection) : m_connection(connection) {}

    std::vector<ContactRecord> contacts() override;
    std::vector<EscalationPolicyRecord> policies() override;
    void replaceContacts(const std::vector<ContactRecord>& contacts) override;
    void replacePolicies(const std::vector<EscalationPolicyRecord>& policies) override;

private:
    SharedSqliteConnection& m_connection;
};

}  // namespace recops::store
