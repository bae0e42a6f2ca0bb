// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_expression_tokenizer.h"

#include <cmath>

#include <QStringList>

namespace recops::console {

bool RunbookExpressionTokenizer::run(QList<RunbookExpressionToken>* tokens, QString* error) {
    qsizetype index = 0;
    while (index < m_text.size()) {
        const QChar c = m_text.at(index);
        if (c.isSpace()) {
            ++index;
            continue;
        }
        RunbookExpressionToken token;
        token.position = index + 1;
        if (c == u'(' || c == u')') {
            token.kind = c == u'(' ? RunbookExpressionToken::Kind::Open
                                   : RunbookExpressionToken::Kind::Close;
            token.text = c;
            ++index;
        } else if (c == u'"' || c == u'\'') {
            if (!readString(&index, &token, error)) {
                return false;
            }
        } else if (c.isDigit() ||
                   (c == u'-' && index + 1 < m_text.size() && (m_text.at(index + 1).isDigit()))) {
            readNumber(&index, &token);
            if (!token.value.isDouble()) {
                *error = QStringLiteral("\"%1\" at position %2 is not a number")
                             .arg(token.text)
                             .arg(token.position);
                return false;
            }
        } else if (c == u'$' && index + 1 < m_text.size() && m_text.at(index + 1) == u'{') {
            const qsizetype close = m_text.indexOf(u'}', index);
            if (close < 0) {
                *error = QStringLiteral("\"${\" at position %1 is not closed").arg(index + 1);
                return false;
            }
            token.kind = RunbookExpressionToken::Kind::Name;
            token.text = m_text.mid(index + 2, close - index - 2).trimmed();
            index = close + 1;
        } else if (c.isLetter() || c == u'_') {
            qsizetype end = index;
            while (end < m_text.size() &&
                   (m_text.at(end).isLetterOrNumber() || m_text.at(end) == u'_')) {
                ++end;
            }
            token.text = m_text.mid(index, end - index);
            token.kind = RunbookExpressionToken::Kind::Name;
            index = end;
            if (token.text == u"and" || token.text == u"or" || token.text == u"not" ||
                token.text == u"contains") {
                token.kind = RunbookExpressionToken::Kind::Operator;
            }
        } else {
            static const QStringList operators = {
                QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                QStringLiteral(">="), QStringLiteral("&&"), QStringLiteral("||"),
                QStringLiteral("<"),  QStringLiteral(">"),  QStringLiteral("!")};
            bool matched = false;
            for (const QString& op : operators) {
                if (m_text.mid(index, op.size()) == op) {
                    token.kind = RunbookExpressionToken::Kind::Operator;
                    token.text = op == u"&&"   ? QStringLiteral("and")
                                 : op == u"||" ? QStringLiteral("or")
                                 : op == u"!"  ? QStringLiteral("not")
                                               : op;
                    index += op.size();
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                *error = m_text.at(index) == u'='
                             ? QStringLiteral("\"=\" at position %1: comparisons use \"==\"")
                                   .arg(index + 1)
                             : QStringLiteral("unexpected \"%1\" at position %2")
                                   .arg(m_text.at(index))
                                   .arg(index + 1);
                return false;
            }
        }
        tokens->append(token);
    }
    RunbookExpressionToken end;
    end.position = m_text.size() + 1;
    tokens->append(end);
    return true;
}

bool RunbookExpressionTokenizer::readString(qsizetype* index, RunbookExpressionToken* token,
                                            QString* error) {
    const QChar quote = m_text.at(*index);
    QString value;
    qsizetype at = *index + 1;
    while (at < m_text.size() && m_text.at(at) != quote) {
        if (m_text.at(at) == u'\\' && at + 1 < m_text.size()) {
            const QChar escaped = m_text.at(at + 1);
            value += escaped == u'n' ? QChar(u'\n') : escaped == u't' ? QChar(u'\t') : escaped;
            at += 2;
            continue;
        }
        value += m_text.at(at);
        ++at;
    }
    if (at >= m_text.size()) {
        *error = QStringLiteral("the string starting at position %1 is not closed").arg(*index + 1);
        return false;
    }
    token->kind = RunbookExpressionToken::Kind::String;
    token->text = m_text.mid(*index, at - *index + 1);
    token->value = value;
    *index = at + 1;
    return true;
}

void RunbookExpressionTokenizer::readNumber(qsizetype* index, RunbookExpressionToken* token) {
    qsizetype end = *index + 1;
    while (end < m_text.size()) {
        const QChar c = m_text.at(end);
        const bool exponentSign =
            (c == u'+' || c == u'-') && (m_text.at(end - 1) == u'e' || m_text.at(end - 1) == u'E');
        if (!(c.isDigit() || c == u'.' || c == u'e' || c == u'E' || exponentSign)) {
            break;
        }
        ++end;
    }
    token->kind = RunbookExpressionToken::Kind::Number;
    token->text = m_text.mid(*index, end - *index);
    bool ok = false;
    const double number = token->text.toDouble(&ok);
    token->value = ok && std::isfinite(number) ? QJsonValue(number) : QJsonValue();
    *index = end;
}

}  // namespace recops::console
