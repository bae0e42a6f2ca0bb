// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/on_call_operations.h"

#include "core/api_client.h"
#include "core/api_endpoint.h"
#include "core/contact.h"
#include "core/escalation_policy.h"
#include "core/server_connection.h"

#include <QUrlQuery>

namespace recops::console {

OnCallOperations::OnCallOperations(ServerConnection* connection, QObject* parent)
    : QObject(parent), m_connection(connection) {}

ApiReply* OnCallOperations::replaceContacts(const ContactList& contacts) {
    return m_connection->client()->call(Endpoint::ContactsReplace, {}, contacts.toJson());
}

ApiReply* OnCallOperations::replacePolicies(const EscalationPolicyList& policies) {
    return m_connection->client()->call(Endpoint::EscalationPoliciesReplace, {}, policies.toJson());
}

ApiReply* OnCallOperations::dryRun(const QString& policyId, const QString& alertId) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("alert"), alertId);
    return m_connection->client()->call(Endpoint::EscalationDryRun, {policyId}, {}, query);
}

}  // namespace recops::console
