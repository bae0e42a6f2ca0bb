// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_template.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace recops::console {

namespace {

struct Piece {
    bool isVariable = false;
    QString text;  // literal text, or the variable name
};

// Splits @p text into literal pieces and placeholders; false (with @p error) when a
// placeholder is not closed or names nothing valid.
bool split(const QString& text, QList<Piece>* pieces, QString* error) {
    QString literal;
    for (qsizetype index = 0; index < text.size(); ++index) {
        if (text.at(index) == u'$' && text.mid(index, 3) == u"$${") {
            literal += QStringLiteral("${");
            index += 2;
            continue;
        }
        if (text.at(index) == u'$' && index + 1 < text.size() && text.at(index + 1) == u'{') {
            const qsizetype close = text.indexOf(u'}', index + 2);
            if (close < 0) {
                if (error) {
                    *error = QStringLiteral("\"${\" at position %1 is not closed by \"}\"")
                                 .arg(index + 1);
                }
                return false;
            }
            const QString name = text.mid(index + 2, close - index - 2);
            if (!RunbookTemplate::isVariableName(name)) {
                if (error) {
                    *error = QStringLiteral(
                                 "\"${%1}\" is not a variable name (letters, digits "
                                 "and _, not starting with a digit)")
                                 .arg(name);
                }
                return false;
            }
            if (!literal.isEmpty()) {
                pieces->append({false, literal});
                literal.clear();
            }
            pieces->append({true, name});
            index = close;
            continue;
        }
        literal += text.at(index);
    }
    if (!literal.isEmpty()) {
        pieces->append({false, literal});
    }
    return true;
}

void collect(const QJsonValue& value, QStringList* names, QString* error) {
    if (value.isString()) {
        QString local;
        names->append(RunbookTemplate::variables(value.toString(), &local));
        if (!local.isEmpty() && error && error->isEmpty()) {
            *error = local;
        }
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray()) {
            collect(element, names, error);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            collect(it.key(), names, error);
            collect(it.value(), names, error);
        }
    }
}

}  // namespace

bool RunbookTemplate::isVariableName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QStringList RunbookTemplate::variables(const QString& text, QString* error) {
    QList<Piece> pieces;
    split(text, &pieces, error);
    QStringList names;
    for (const Piece& piece : pieces) {
        if (piece.isVariable) {
            names.append(piece.text);
        }
    }
    return names;
}

QStringList RunbookTemplate::variables(const QJsonValue& value, QString* error) {
    QStringList names;
    collect(value, &names, error);
    return names;
}

std::optional<QString> RunbookTemplate::render(const QString& text,
                                               const RunbookVariables& variables, Mode mode,
                                               QString* error) {
    QList<Piece> pieces;
    if (!split(text, &pieces, error)) {
        return std::nullopt;
    }
    QString result;
    for (const Piece& piece : pieces) {
        if (!piece.isVariable) {
            result += piece.text;
            continue;
        }
        const auto value = variables.value(piece.text);
        if (!value) {
            if (error) {
                *error = variables.missingSecrets().contains(piece.text)
                             ? QStringLiteral(
                                   "the secret ${%1} was not kept across the restart "
                                   "(no keyring held it)")
                                   .arg(piece.text)
                             : QStringLiteral("${%1} has no value").arg(piece.text);
            }
            return std::nullopt;
        }
        if (mode == Mode::Redacted && variables.isSecret(piece.text)) {
            result += QLatin1StringView(RunbookVariables::kRedacted);
        } else if (mode == Mode::PathSegment) {
            result +=
                QString::fromLatin1(QUrl::toPercentEncoding(RunbookVariables::plainText(*value)));
        } else {
            result += RunbookVariables::plainText(*value);
        }
    }
    return result;
}

std::optional<QJsonValue> RunbookTemplate::render(const QJsonValue& value,
                                                  const RunbookVariables& variables, Mode mode,
                                                  QString* error) {
    if (value.isString()) {
        const QString text = value.toString();
        QList<Piece> pieces;
        if (!split(text, &pieces, error)) {
            return std::nullopt;
        }
        if (pieces.size() == 1 && pieces.constFirst().isVariable) {
            const QString& name = pieces.constFirst().text;
            const auto found = variables.value(name);
            if (!found) {
                return render(text, variables, mode, error);  // for the message
            }
            if (mode == Mode::Redacted && variables.isSecret(name)) {
                return QJsonValue(QLatin1StringView(RunbookVariables::kRedacted));
            }
            return *found;
        }
        const auto rendered = render(text, variables, mode, error);
        if (!rendered) {
            return std::nullopt;
        }
        return QJsonValue(*rendered);
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& element : value.toArray()) {
            const auto rendered = render(element, variables, mode, error);
            if (!rendered) {
                return std::nullopt;
            }
            array.append(*rendered);
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.constBegin(); it != source.constEnd(); ++it) {
            const auto key = render(it.key(), variables, mode, error);
            const auto rendered = render(it.value(), variables, mode, error);
            if (!key || !rendered) {
                return std::nullopt;
            }
            object.insert(*key, *rendered);
        }
        return object;
    }
    return value;
}

}  // namespace recops::console
