// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook_variables.h"

#include <memory>

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace recops::console {

/**
 * The small condition language of runbooks: assertions (`p95_ms > 100`), decision cases
 * and wait_until conditions.
 *
 *     expression := or
 *     or         := and { ("or" | "||") and }
 *     and        := not { ("and" | "&&") not }
 *     not        := ("not" | "!") not | comparison
 *     comparison := operand [ ("==" | "!=" | "<" | "<=" | ">" | ">=" | "contains") operand ]
 *     operand    := number | string | true | false | null | name | ${name} | "(" expression ")"
 *
 * Numbers are JSON numbers (`-1.5`, `2e3`); strings are in double or single quotes with
 * backslash escapes. Values keep their JSON types and are never converted: comparing a
 * string with a number is an error rather than a guess; `==`/`!=` compare any two values
 * (null included), `<`..`>=` numbers with numbers and strings with strings, `contains` a
 * substring of a string or an element of an array. `and`, `or` and `not` take booleans
 * and short-circuit.
 *
 * Evaluation explains itself: `p95_ms = 240 > 100` names each variable's value next to the
 * comparison it took part in, so that a decision can be read back after the incident.
 */
class RunbookExpression {
public:
    struct Evaluation {
        bool ok = false;
        bool value = false;
        /// The expression with the values it used, for example `p95_ms = 240 > 100`.
        QString explanation;
        /// Why it could not be evaluated (unknown variable, incomparable types).
        QString error;
    };

    RunbookExpression();
    ~RunbookExpression();
    RunbookExpression(const RunbookExpression&);
    RunbookExpression& operator=(const RunbookExpression&);

    /// Parses @p text; on failure isValid() is false and error() says where and why.
    static RunbookExpression parse(const QString& text);

    bool isValid() const { return m_root != nullptr; }
    QString error() const { return m_error; }
    QString text() const { return m_text; }
    /// Every variable the expression reads, each once, in order of appearance.
    QStringList variables() const { return m_variables; }

    Evaluation evaluate(const RunbookVariables& variables) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QString m_text;
    QString m_error;
    QStringList m_variables;
};

}  // namespace recops::console
