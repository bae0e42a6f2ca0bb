// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace recops::console {

/**
 * The values a run carries between its steps: the inputs, what steps captured, and a few
 * built-ins (run_id, runbook_id, server_url, operator, incident_id).
 *
 * Values are JSON values (string, number, boolean, null, and whatever a capture took out of
 * a response). A variable captured as secret (a new token, say) is kept here and nowhere
 * else: toJournal(), render() and every explanation show it as "[secret]", and the journal
 * only records that it exists.
 */
class RunbookVariables {
public:
    /// Names the runtime defines itself; inputs and captures may not use them.
    static const QStringList& builtInNames();
    /// How a secret value is shown.
    static constexpr char kRedacted[] = "[secret]";

    void set(const QString& name, const QJsonValue& value, bool secret = false);
    void remove(const QString& name);
    bool contains(const QString& name) const { return m_values.contains(name); }
    std::optional<QJsonValue> value(const QString& name) const;
    bool isSecret(const QString& name) const { return m_secrets.contains(name); }
    QStringList secretNames() const { return QStringList(m_secrets.cbegin(), m_secrets.cend()); }
    /// Every secret value currently held, for scrubbing text before it is written down.
    QStringList secretValues() const;
    /// Replaces every secret value inside @p text by "[secret]".
    QString scrub(QString text) const;
    QJsonValue scrub(const QJsonValue& value) const;

    /// Every variable, secrets as {"secret": true} without their value.
    QJsonObject toJournal() const;
    /// Restores what toJournal() wrote; secrets come back without a value (see
    /// missingSecrets()) until setSecretValue() provides it.
    static RunbookVariables fromJournal(const QJsonObject& journal);
    /// Secrets recorded in the journal whose value is not (yet) in memory.
    QStringList missingSecrets() const { return m_missingSecrets; }

    /// A value as it reads in text: strings as they are, numbers without a trailing ".0".
    static QString plainText(const QJsonValue& value);
    /// A value as it reads in an explanation: strings quoted, secrets redacted.
    QString display(const QString& name) const;
    static QString literal(const QJsonValue& value);

private:
    QHash<QString, QJsonValue> m_values;
    QSet<QString> m_secrets;
    QStringList m_missingSecrets;
};

}  // namespace recops::console
