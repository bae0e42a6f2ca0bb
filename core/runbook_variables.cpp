// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_variables.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

namespace recops::console {

const QStringList& RunbookVariables::builtInNames() {
    static const QStringList names = {QStringLiteral("run_id"), QStringLiteral("runbook_id"),
                                      QStringLiteral("server_url"), QStringLiteral("operator"),
                                      QStringLiteral("incident_id")};
    return names;
}

void RunbookVariables::set(const QString& name, const QJsonValue& value, bool secret) {
    m_values.insert(name, value);
    m_missingSecrets.removeAll(name);
    if (secret) {
        m_secrets.insert(name);
    } else {
        m_secrets.remove(name);
    }
}

void RunbookVariables::remove(const QString& name) {
    m_values.remove(name);
    m_secrets.remove(name);
    m_missingSecrets.removeAll(name);
}

std::optional<QJsonValue> RunbookVariables::value(const QString& name) const {
    const auto found = m_values.constFind(name);
    if (found == m_values.cend()) {
        return std::nullopt;
    }
    return found.value();
}

QStringList RunbookVariables::secretValues() const {
    QStringList values;
    for (const QString& name : m_secrets) {
        const QString text = plainText(m_values.value(name));
        if (!text.isEmpty()) {
            values.append(text);
        }
    }
    return values;
}

QString RunbookVariables::scrub(QString text) const {
    for (const QString& secret : secretValues()) {
        text.replace(secret, QLatin1StringView(kRedacted));
    }
    return text;
}

QJsonValue RunbookVariables::scrub(const QJsonValue& value) const {
    if (m_secrets.isEmpty()) {
        return value;
    }
    switch (value.type()) {
        case QJsonValue::String:
            return scrub(value.toString());
        case QJsonValue::Array: {
            QJsonArray array;
            for (const QJsonValue& element : value.toArray()) {
                array.append(scrub(element));
            }
            return array;
        }
        case QJsonValue::Object: {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                it.value() = scrub(it.value());
            }
            return object;
        }
        default:
            return value;
    }
}

QJsonObject RunbookVariables::toJournal() const {
    QJsonObject journal;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (m_secrets.contains(it.key())) {
            journal.insert(it.key(), QJsonObject{{QStringLiteral("secret"), true}});
        } else {
            journal.insert(it.key(), QJsonObject{{QStringLiteral("value"), it.value()}});
        }
    }
    for (const QString& missing : m_missingSecrets) {
        journal.insert(missing, QJsonObject{{QStringLiteral("secret"), true}});
    }
    return journal;
}

RunbookVariables RunbookVariables::fromJournal(const QJsonObject& journal) {
    RunbookVariables variables;
    for (auto it = journal.constBegin(); it != journal.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (entry.value(QStringLiteral("secret")).toBool()) {
            variables.m_missingSecrets.append(it.key());
        } else {
            variables.m_values.insert(it.key(), entry.value(QStringLiteral("value")));
        }
    }
    return variables;
}

QString RunbookVariables::plainText(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15) {
                return QString::number(static_cast<qint64>(number));
            }
            return QString::number(number, 'g', 12);
        }
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return QStringLiteral("null");
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        case QJsonValue::Object:
            return QString::fromUtf8(
                QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString RunbookVariables::literal(const QJsonValue& value) {
    if (value.isString()) {
        // JSON's quoting, so that quotes and line breaks inside stay readable.
        const QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    }
    return plainText(value);
}

QString RunbookVariables::display(const QString& name) const {
    if (m_secrets.contains(name) || m_missingSecrets.contains(name)) {
        return QLatin1StringView(kRedacted);
    }
    const auto found = m_values.constFind(name);
    return found == m_values.cend() ? QStringLiteral("(no value)") : literal(found.value());
}

}  // namespace recops::console
