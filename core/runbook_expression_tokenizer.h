// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace recops::console {

/// One lexical token of a runbook condition (see RunbookExpression).
struct RunbookExpressionToken {
    enum class Kind { Number, String, Name, Operator, Open, Close, End };
    Kind kind = Kind::End;
    QString text;
    QJsonValue value;
    qsizetype position = 0;  // 1-based, for messages
};

/**
 * Splits a condition into tokens: numbers, quoted strings, names (`name` or `${name}`),
 * operators (`and`, `or`, `not`, `contains` and their symbols, normalised to the words),
 * parentheses, and a final End token. Errors name the position, 1-based.
 */
class RunbookExpressionTokenizer {
public:
    explicit RunbookExpressionTokenizer(const QString& text) : m_text(text) {}

    /// False, with @p error, at the first character that starts no token.
    bool run(QList<RunbookExpressionToken>* tokens, QString* error);

private:
    bool readString(qsizetype* index, RunbookExpressionToken* token, QString* error);
    void readNumber(qsizetype* index, RunbookExpressionToken* token);

    const QString& m_text;
};

}  // namespace recops::console
