// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/silence.h"

#include "core/alert.h"
#include "core/json_reader.h"

#include <QJsonArray>
#include <QStringList>

namespace recops::console {

QJsonObject SilenceMatcher::toJson() const {
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("value"), value}};
}

QString Silence::matcherText() const {
    QStringList texts;
    for (const SilenceMatcher& matcher : matchers) {
        texts.append(matcher.text());
    }
    return texts.join(QStringLiteral(", "));
}

std::optional<SilenceList> SilenceList::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    SilenceList list;
    reader.forEachObject(u"silences", [&list](JsonReader& item) {
        Silence silence;
        silence.id = item.string(u"id");
        item.forEachObject(u"matchers", [&silence](JsonReader& matcher) {
            silence.matchers.append(SilenceMatcher{
                matcher.string(u"name"), matcher.optionalString(u"op", QStringLiteral("=")),
                matcher.string(u"value")});
        });
        silence.startsAtUtc = item.timestamp(u"starts_at");
        silence.endsAtUtc = item.timestamp(u"ends_at");
        silence.createdBy = item.optionalString(u"created_by");
        silence.comment = item.optionalString(u"comment");
        silence.createdAtUtc = item.optionalTimestamp(u"created_at");
        silence.state = item.string(u"state");
        list.silences.append(silence);
    });
    return reader.finish(list, error);
}

SilenceRequest SilenceRequest::forAlert(const Alert& alert) {
    SilenceRequest request;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
        request.matchers.append(SilenceMatcher{it.key(), QStringLiteral("="), it.value()});
    }
    return request;
}

QString SilenceRequest::problem() const {
    bool matchesSomething = false;
    for (const SilenceMatcher& matcher : matchers) {
        // A missing label reads as "": an equality matcher with a value never matches every
        // alert, which recopsd insists one matcher does not.
        matchesSomething = matchesSomething || (matcher.op == u"=" && !matcher.value.isEmpty());
    }
    if (matchers.isEmpty()) {
        return tr("Choose at least one label to match.");
    }
    if (!matchesSomething) {
        return tr(
            "At least one label must match a value that is not empty, or the silence "
            "would match every alert.");
    }
    if (durationSeconds < 1 || durationSeconds > kMaximumDurationSeconds) {
        return tr("The duration must be between 1 second and 366 days.");
    }
    if (comment.trimmed().isEmpty()) {
        return tr("Say why the alerts are silenced.");
    }
    if (comment.size() > kMaximumCommentLength) {
        return tr("The comment is longer than %1 characters.").arg(kMaximumCommentLength);
    }
    return QString();
}

QJsonObject SilenceRequest::toJson() const {
    QJsonArray list;
    for (const SilenceMatcher& matcher : matchers) {
        list.append(matcher.toJson());
    }
    return QJsonObject{{QStringLiteral("matchers"), list},
                       {QStringLiteral("duration_s"), durationSeconds},
                       {QStringLiteral("comment"), comment}};
}

}  // namespace recops::console
