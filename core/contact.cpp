// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/contact.h"

#include "core/json_reader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace recops::console {

QString Contact::problem() const {
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+() -]*$"));
    if (!idPattern.match(id).hasMatch()) {
        return tr(
            "The id must be 1 to 64 lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter or digit.");
    }
    if (name.trimmed().isEmpty()) {
        return tr("The name is missing.");
    }
    if (name.size() > 200 || role.size() > 200 || email.size() > 200) {
        return tr("Name, role and email take at most 200 characters.");
    }
    if (phone.size() > 50 || !phonePattern.match(phone).hasMatch()) {
        return tr("The phone number may hold digits, spaces, '+', '(', ')' and '-' only.");
    }
    if (webhook) {
        const QUrl url(webhook->url);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty()) {
            return tr("The webhook URL must start with http:// or https://.");
        }
    }
    return QString();
}

QJsonObject Contact::toJson() const {
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("phone"), phone}};
    if (webhook) {
        QJsonObject hook{{QStringLiteral("url"), webhook->url},
                         {QStringLiteral("format"), webhook->format}};
        if (!webhook->routingKey.isEmpty()) {
            hook.insert(QStringLiteral("routing_key"), webhook->routingKey);
        }
        object.insert(QStringLiteral("webhook"), hook);
    } else {
        object.insert(QStringLiteral("webhook"), QJsonValue::Null);
    }
    return object;
}

std::optional<ContactList> ContactList::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    ContactList list;
    reader.forEachObject(u"contacts", [&list](JsonReader& item) {
        Contact contact;
        contact.id = item.string(u"id");
        contact.name = item.string(u"name");
        contact.role = item.optionalString(u"role");
        contact.email = item.optionalString(u"email");
        contact.phone = item.optionalString(u"phone");
        if (item.has(u"webhook")) {
            JsonReader hook = item.child(u"webhook");
            contact.webhook = ContactWebhook{hook.string(u"url"), hook.string(u"format"),
                                             hook.boolean(u"routing_key_set"), QString()};
        }
        list.contacts.append(contact);
    });
    return reader.finish(list, error);
}

QJsonDocument ContactList::toJson() const {
    QJsonArray array;
    for (const Contact& contact : contacts) {
        array.append(contact.toJson());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("contacts"), array}});
}

}  // namespace recops::console
