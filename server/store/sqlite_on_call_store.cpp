// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/sqlite_on_call_store.h"

#include "store/json_columns.h"
#include "store/sqlite_transaction.h"

#include <map>

namespace recops::store {

std::vector<ContactRecord> SqliteOnCallStore::contacts() {
    return m_connection.use([](SqliteConnection& connection) {
        auto statement = connection.prepare(
            "SELECT id, name, role, email, phone, webhook_url, webhook_format, routing_key "
            "FROM contacts ORDER BY position");
        std::vector<ContactRecord> contacts;
        while (statement.step()) {
            contacts.push_back({statement.columnText(0), statement.columnText(1),
                                statement.columnText(2), statement.columnText(3),
                                statement.columnText(4), statement.columnText(5),
                                statement.columnText(6), statement.columnText(7)});
        }
        return contacts;
    });
}

std::vector<EscalationPolicyRecord> SqliteOnCallStore::policies() {
    return m_connection.use([](SqliteConnection& connection) {
        std::vector<EscalationPolicyRecord> policies;
        std::map<std::string, std::size_t> byId;
        auto statement = connection.prepare(
            "SELECT id, name, matchers, repeat FROM escalation_policies ORDER BY position");
        while (statement.step()) {
            const std::string id = statement.columnText(0);
            byId[id] = policies.size();
            policies.push_back(
                {id,
                 statement.columnText(1),
                 json_columns::toMatchers(statement.columnText(2), "escalation policy " + id),
                 {},
                 statement.columnInteger(3)});
        }
        auto levels = connection.prepare(
            "SELECT policy_id, delay_ms FROM escalation_levels ORDER BY policy_id, level");
        while (levels.step()) {
            policies[byId.at(levels.columnText(0))].levels.push_back({levels.columnInteger(1), {}});
        }
        auto targets = connection.prepare(
            "SELECT policy_id, level, contact_id FROM escalation_targets "
            "ORDER BY policy_id, level, position");
        while (targets.step()) {
            auto& policy = policies[byId.at(targets.columnText(0))];
            policy.levels.at(static_cast<std::size_t>(targets.columnInteger(1)))
                .contactIds.push_back(targets.columnText(2));
        }
        return policies;
    });
}

void SqliteOnCallStore::replaceContacts(const std::vector<ContactRecord>& contacts) {
    m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        // Contacts still named by a policy make this delete fail on the foreign key, which
        // rolls the whole replacement back.
        std::vector<std::string> keep;
        for (const ContactRecord& contact : contacts) {
            keep.push_back(contact.id);
        }
        connection.prepare("DELETE FROM contacts WHERE id NOT IN (SELECT value FROM json_each(?1))")
            .bind(1, json_columns::fromStrings(keep))
            .run();
        auto upsert = connection.prepare(
            "INSERT INTO contacts (id, name, role, email, phone, webhook_url, webhook_format, "
            "routing_key, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, "
            "email = excluded.email, phone = excluded.phone, webhook_url = excluded.webhook_url, "
            "webhook_format = excluded.webhook_format, routing_key = excluded.routing_key, "
            "position = excluded.position");
        std::int64_t position = 0;
        for (const ContactRecord& contact : contacts) {
            upsert.reset()
                .bind(1, contact.id)
                .bind(2, contact.name)
                .bind(3, contact.role)
                .bind(4, contact.email)
                .bind(5, contact.phone)
                .bind(6, contact.webhookUrl)
                .bind(7, contact.webhookFormat)
                .bind(8, contact.routingKey)
                .bind(9, position++)
                .run();
        }
        transaction.commit();
    });
}

void SqliteOnCallStore::replacePolicies(const std::vector<EscalationPolicyRecord>& policies) {
    m_connection.use([&](SqliteConnection& connection) {
        SqliteTransaction transaction(connection);
        // Levels and targets go with their policy (ON DELETE CASCADE).
        connection.execute("DELETE FROM escalation_policies");
        auto insertPolicy = connection.prepare(
            "INSERT INTO escalation_policies (id, name, matchers, repeat, position) "
            "VALUES (?1, ?2, ?3, ?4, ?5)");
        auto insertLevel = connection.prepare(
            "INSERT INTO escalation_levels (policy_id, level, delay_ms) VALUES (?1, ?2, ?3)");
        auto insertTarget = connection.prepare(
            "INSERT INTO escalation_targets (policy_id, level, position, contact_id) "
            "VALUES (?1, ?2, ?3, ?4)");
        std::int64_t position = 0;
        for (const EscalationPolicyRecord& policy : policies) {
            insertPolicy.reset()
                .bind(1, policy.id)
                .bind(2, policy.name)
                .bind(3, json_columns::fromMatchers(policy.matchers))
                .bind(4, policy.repeat)
                .bind(5, position++)
                .run();
            for (std::size_t level = 0; level < policy.levels.size(); ++level) {
                const auto levelIndex = static_cast<std::int64_t>(level);
                insertLevel.reset()
                    .bind(1, policy.id)
                    .bind(2, levelIndex)
                    .bind(3, policy.levels[level].delayMs)
                    .run();
                std::int64_t targetPosition = 0;
                for (const std::string& contactId : policy.levels[level].contactIds) {
                    insertTarget.reset()
                        .bind(1, policy.id)
                        .bind(2, levelIndex)
                        .bind(3, targetPosition++)
                        .bind(4, contactId)
                        .run();
                }
            }
        }
        transaction.commit();
    });
}

}  // namespace recops::store
