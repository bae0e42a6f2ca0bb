// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/filter_query.h"

namespace recops::console {

namespace {

// Splits on spaces outside double quotes; quotes are dropped.
QStringList terms(const QString& text) {
    QStringList result;
    QString current;
    bool quoted = false;
    bool hasTerm = false;
    for (const QChar character : text) {
        if (character == u'"') {
            quoted = !quoted;
            hasTerm = true;
        } else if (character.isSpace() && !quoted) {
            if (hasTerm) {
                result.append(current);
            }
            current.clear();
            hasTerm = false;
        } else {
            current.append(character);
            hasTerm = true;
        }
    }
    if (hasTerm) {
        result.append(current);
    }
    return result;
}

bool isLabel(QStringView text) {
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar character : text) {
        if (!character.isLetterOrNumber() && character != u'_' && character != u'.' &&
            character != u'-') {
            return false;
        }
    }
    return true;
}

bool valueMatches(const QString& pattern, const QString& actual) {
    if (!pattern.contains(u'*')) {
        return actual.compare(pattern, Qt::CaseInsensitive) == 0;
    }
    QStringList pieces = pattern.split(u'*');
    for (QString& piece : pieces) {
        piece = QRegularExpression::escape(piece);
    }
    const QRegularExpression expression(
        QRegularExpression::anchoredPattern(pieces.join(QStringLiteral(".*"))),
        QRegularExpression::CaseInsensitiveOption);
    return expression.match(actual).hasMatch();
}

}  // namespace

bool LabelMatcher::accepts(const std::optional<QString>& actual) const {
    const bool equal = valueMatches(value, actual.value_or(QString()));
    return op == Operator::Equals ? equal : !equal;
}

FilterQuery FilterQuery::parse(const QString& text) {
    FilterQuery query;
    for (const QString& term : terms(text)) {
        const qsizetype notEquals = term.indexOf(QStringLiteral("!="));
        const qsizetype equals = term.indexOf(u'=');
        const bool negated = notEquals >= 0 && notEquals < equals;
        const qsizetype split = negated ? notEquals : equals;
        if (split < 0) {
            query.m_freeText.append(term);
            continue;
        }
        const QString label = term.left(split);
        if (!isLabel(label)) {
            query.m_problems.append(
                label.isEmpty() ? tr("\"%1\" has no label before the =; read as text.").arg(term)
                                : tr("\"%1\" is not a label name; read as text.").arg(label));
            query.m_freeText.append(term);
            continue;
        }
        LabelMatcher matcher;
        matcher.label = label;
        matcher.op = negated ? LabelMatcher::Operator::NotEquals : LabelMatcher::Operator::Equals;
        matcher.value = term.mid(split + (negated ? 2 : 1));
        query.m_matchers.append(matcher);
    }
    return query;
}

bool FilterQuery::matches(
    const QString& rowText,
    const std::function<std::optional<QString>(const QString&)>& labelValue) const {
    for (const QString& term : m_freeText) {
        if (!rowText.contains(term, Qt::CaseInsensitive)) {
            return false;
        }
    }
    for (const LabelMatcher& matcher : m_matchers) {
        if (!matcher.accepts(labelValue(matcher.label))) {
            return false;
        }
    }
    return true;
}

}  // namespace recops::console
