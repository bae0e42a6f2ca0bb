// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/escalation_policy.h"

#include "core/json_reader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace recops::console {

QString EscalationPolicy::matcherText() const {
    if (matchers.isEmpty()) {
        return tr("every alert");
    }
    QStringList texts;
    for (const SilenceMatcher& matcher : matchers) {
        texts.append(matcher.text());
    }
    return texts.join(QStringLiteral(", "));
}

std::optional<QList<SilenceMatcher>> EscalationPolicy::parseMatchers(const QString& text,
                                                                     QString* error) {
    // name, then the longest operator (=~ before =), then the value up to the next comma.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$)"));
    QList<SilenceMatcher> matchers;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return matchers;
    }
    for (const QString& part : trimmed.split(u',')) {
        const QRegularExpressionMatch match = pattern.match(part);
        if (!match.hasMatch()) {
            if (error) {
                *error = tr("\"%1\" is not a matcher: write label=value, label!=value, "
                            "label=~regex or label!~regex.")
                             .arg(part.trimmed());
            }
            return std::nullopt;
        }
        matchers.append(SilenceMatcher{match.captured(1), match.captured(2), match.captured(3)});
    }
    return matchers;
}

QString EscalationPolicy::problem(const QStringList& knownContacts) const {
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!idPattern.match(id).hasMatch()) {
        return tr(
            "The id must be 1 to 64 lower-case letters, digits, '.', '_' or '-', "
            "starting with a letter or digit.");
    }
    if (levels.isEmpty() || levels.size() > kMaximumLevels) {
        return tr("A policy has 1 to %1 levels.").arg(kMaximumLevels);
    }
    if (repeat < 0 || repeat > kMaximumRepeat) {
        return tr("Repeat is 0 to %1.").arg(kMaximumRepeat);
    }
    for (qsizetype index = 0; index < levels.size(); ++index) {
        const EscalationLevel& level = levels.at(index);
        if (level.contacts.isEmpty()) {
            return tr("Level %1 pages nobody: name at least one contact.").arg(index + 1);
        }
        if (level.delaySeconds < 0.0 || level.delaySeconds > kMaximumDelaySeconds) {
            return tr("The delay of level %1 is 0 to 86400 seconds.").arg(index + 1);
        }
        for (const QString& contact : level.contacts) {
            if (!knownContacts.contains(contact)) {
                return tr("Level %1 names %2, which is not a contact.").arg(index + 1).arg(contact);
            }
        }
    }
    return QString();
}

QJsonObject EscalationPolicy::toJson() const {
    QJsonArray matcherArray;
    for (const SilenceMatcher& matcher : matchers) {
        matcherArray.append(matcher.toJson());
    }
    QJsonArray levelArray;
    for (const EscalationLevel& level : levels) {
        levelArray.append(
            QJsonObject{{QStringLiteral("contacts"), QJsonArray::fromStringList(level.contacts)},
                        {QStringLiteral("delay_s"), level.delaySeconds}});
    }
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("matchers"), matcherArray},
                       {QStringLiteral("levels"), levelArray},
                       {QStringLiteral("repeat"), repeat}};
    if (!name.isEmpty()) {
        object.insert(QStringLiteral("name"), name);
    }
    return object;
}

std::optional<EscalationPolicyList> EscalationPolicyList::fromJson(const QJsonDocument& document,
                                                                   QString* error) {
    JsonReader reader = JsonReader::root(document);
    EscalationPolicyList list;
    reader.forEachObject(u"escalation_policies", [&list](JsonReader& item) {
        EscalationPolicy policy;
        policy.id = item.string(u"id");
        policy.name = item.optionalString(u"name");
        if (item.has(u"matchers")) {
            item.forEachObject(u"matchers", [&policy](JsonReader& matcher) {
                policy.matchers.append(SilenceMatcher{
                    matcher.string(u"name"), matcher.optionalString(u"op", QStringLiteral("=")),
                    matcher.string(u"value")});
            });
        }
        item.forEachObject(u"levels", [&policy](JsonReader& levelItem) {
            EscalationLevel level;
            level.contacts = levelItem.stringList(u"contacts");
            level.delaySeconds = levelItem.optionalNumber(u"delay_s").value_or(0.0);
            policy.levels.append(level);
        });
        policy.repeat = static_cast<int>(item.optionalInteger(u"repeat").value_or(0));
        list.policies.append(policy);
    });
    return reader.finish(list, error);
}

QJsonDocument EscalationPolicyList::toJson() const {
    QJsonArray array;
    for (const EscalationPolicy& policy : policies) {
        array.append(policy.toJson());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("escalation_policies"), array}});
}

}  // namespace recops::console
