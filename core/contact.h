// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace recops::console {

/// What escalation calls for a contact: a Slack, PagerDuty or Alertmanager webhook.
struct ContactWebhook {
    QString url;     ///< cut to its origin for tokens below operator
    QString format;  ///< slack, pagerduty, alertmanager
    bool routingKeySet = false;
    /// A new PagerDuty routing key to send; empty keeps the one the server has.
    QString routingKey;

    friend bool operator==(const ContactWebhook&, const ContactWebhook&) = default;
};

/// A contact of GET /api/v1/contacts, and what PUT takes back.
struct Contact {
    Q_DECLARE_TR_FUNCTIONS(Contact)

public:
    QString id;  ///< [a-z0-9][a-z0-9._-]{0,63}
    QString name;
    QString role;
    QString email;
    QString phone;
    std::optional<ContactWebhook> webhook;

    /// Why recopsd would refuse it (bad id, no name, bad phone or URL); empty when it would not.
    QString problem() const;
    /// The ContactInput of PUT /api/v1/contacts.
    QJsonObject toJson() const;

    friend bool operator==(const Contact&, const Contact&) = default;
};

/// GET /api/v1/contacts, in order.
struct ContactList {
    QList<Contact> contacts;

    static std::optional<ContactList> fromJson(const QJsonDocument& document, QString* error);
    /// The body of PUT /api/v1/contacts.
    QJsonDocument toJson() const;
};

}  // namespace recops::console
