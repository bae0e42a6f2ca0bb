// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace recops::console {

class ApiReply;
class ServerConnection;
struct ContactList;
struct EscalationPolicyList;

/**
 * The Contacts page's calls: replacing the contacts and the escalation policies (each list
 * is written whole, as the API takes it) and asking a policy's dry run for an alert.
 * Reading the lists is done by PolledResources.
 */
class OnCallOperations : public QObject {
    Q_OBJECT

public:
    explicit OnCallOperations(ServerConnection* connection, QObject* parent = nullptr);

    /// PUT /api/v1/contacts.
    ApiReply* replaceContacts(const ContactList& contacts);
    /// PUT /api/v1/escalation-policies.
    ApiReply* replacePolicies(const EscalationPolicyList& policies);
    /// GET /api/v1/escalation-policies/{id}/dry-run?alert=.
    ApiReply* dryRun(const QString& policyId, const QString& alertId);

private:
    QPointer<ServerConnection> m_connection;
};

}  // namespace recops::console
