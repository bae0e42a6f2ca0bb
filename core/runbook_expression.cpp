// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// A recursive-descent parser (over RunbookExpressionTokenizer's tokens) into a small
// immutable tree, and an evaluator that builds its explanation as it goes. Kept deliberately small:
// the language is for conditions over values that earlier steps captured, not for computing new
// ones.
#include "core/runbook_expression.h"

#include "core/runbook_expression_tokenizer.h"

#include <cmath>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace recops::console {

struct RunbookExpression::Node {
    enum class Kind { Literal, Variable, Compare, And, Or, Not };
    Kind kind = Kind::Literal;
    QJsonValue literal;
    QString name;    // Variable
    QString op;      // Compare
    QString source;  // the literal's text as written, for explanations
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
};

namespace {

using Node = RunbookExpression::Node;
using NodePtr = std::shared_ptr<const Node>;
using Token = RunbookExpressionToken;

class Parser {
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    NodePtr parse(QString* error, QStringList* variables) {
        m_error = error;
        m_variables = variables;
        NodePtr root = parseOr();
        if (root && peek().kind != Token::Kind::End) {
            return fail(QStringLiteral("unexpected \"%1\" at position %2; expected an operator "
                                       "(and, or, ==, <, contains...) or the end")
                            .arg(peek().text)
                            .arg(peek().position));
        }
        return root;
    }

private:
    const Token& peek() const { return m_tokens.at(m_index); }
    const Token& take() { return m_tokens.at(m_index++); }
    bool isOperator(const char* text) const {
        return peek().kind == Token::Kind::Operator && peek().text == QLatin1StringView(text);
    }
    NodePtr fail(const QString& message) {
        if (m_error->isEmpty()) {
            *m_error = message;
        }
        return nullptr;
    }

    NodePtr binary(Node::Kind kind, NodePtr left, NodePtr right, const QString& op = {}) {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        node->op = op;
        return node;
    }

    NodePtr parseOr() {
        NodePtr left = parseAnd();
        while (left && isOperator("or")) {
            take();
            NodePtr right = parseAnd();
            if (!right) {
                return nullptr;
            }
            left = binary(Node::Kind::Or, left, right);
        }
        return left;
    }

    NodePtr parseAnd() {
        NodePtr left = parseNot();
        while (left && isOperator("and")) {
            take();
            NodePtr right = parseNot();
            if (!right) {
                return nullptr;
            }
            left = binary(Node::Kind::And, left, right);
        }
        return left;
    }

    NodePtr parseNot() {
        if (isOperator("not")) {
            take();
            NodePtr operand = parseNot();
            return operand ? binary(Node::Kind::Not, operand, nullptr) : nullptr;
        }
        return parseComparison();
    }

    NodePtr parseComparison() {
        NodePtr left = parseOperand();
        if (!left) {
            return nullptr;
        }
        static const QStringList comparisons = {QStringLiteral("=="),      QStringLiteral("!="),
                                                QStringLiteral("<"),       QStringLiteral("<="),
                                                QStringLiteral(">"),       QStringLiteral(">="),
                                                QStringLiteral("contains")};
        if (peek().kind == Token::Kind::Operator && comparisons.contains(peek().text)) {
            const QString op = take().text;
            NodePtr right = parseOperand();
            if (!right) {
                return nullptr;
            }
            return binary(Node::Kind::Compare, left, right, op);
        }
        return left;
    }

    NodePtr parseOperand() {
        const Token& token = peek();
        auto node = std::make_shared<Node>();
        switch (token.kind) {
            case Token::Kind::Number:
            case Token::Kind::String:
                take();
                node->kind = Node::Kind::Literal;
                node->literal = token.value;
                node->source = token.text;
                return node;
            case Token::Kind::Name:
                take();
                if (token.text == u"true" || token.text == u"false" || token.text == u"null") {
                    node->kind = Node::Kind::Literal;
                    node->literal = token.text == u"null" ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(token.text == u"true");
                    node->source = token.text;
                    return node;
                }
                if (token.text.isEmpty() || token.text.at(0).isDigit()) {
                    return fail(QStringLiteral("\"%1\" at position %2 is not a variable name")
                                    .arg(token.text)
                                    .arg(token.position));
                }
                node->kind = Node::Kind::Variable;
                node->name = token.text;
                if (!m_variables->contains(token.text)) {
                    m_variables->append(token.text);
                }
                return node;
            case Token::Kind::Open: {
                take();
                NodePtr inner = parseOr();
                if (!inner) {
                    return nullptr;
                }
                if (peek().kind != Token::Kind::Close) {
                    return fail(QStringLiteral("expected \")\" at position %1, found \"%2\"")
                                    .arg(peek().position)
                                    .arg(peek().kind == Token::Kind::End ? QStringLiteral("the end")
                                                                         : peek().text));
                }
                take();
                return inner;
            }
            case Token::Kind::End:
                return fail(QStringLiteral("the expression ends where a value was expected"));
            case Token::Kind::Close:
            case Token::Kind::Operator:
                break;
        }
        return fail(QStringLiteral("unexpected \"%1\" at position %2; expected a value or a name")
                        .arg(token.text)
                        .arg(token.position));
    }

    QList<Token> m_tokens;
    qsizetype m_index = 0;
    QString* m_error = nullptr;
    QStringList* m_variables = nullptr;
};

// The result of evaluating one node: its value and how it reads.
struct Outcome {
    std::optional<QJsonValue> value;
    QString text;
    QString error;
};

QString typeName(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Double:
            return QStringLiteral("number");
        case QJsonValue::String:
            return QStringLiteral("string");
        case QJsonValue::Bool:
            return QStringLiteral("boolean");
        case QJsonValue::Array:
            return QStringLiteral("array");
        case QJsonValue::Object:
            return QStringLiteral("object");
        default:
            return QStringLiteral("null");
    }
}

class Evaluator {
public:
    explicit Evaluator(const RunbookVariables& variables) : m_variables(variables) {}

    Outcome evaluate(const Node& node) {
        switch (node.kind) {
            case Node::Kind::Literal:
                return {node.literal, node.source, {}};
            case Node::Kind::Variable:
                return variable(node, true);
            case Node::Kind::Compare:
                return compare(node);
            case Node::Kind::Not: {
                const Outcome operand = evaluate(*node.left);
                if (!operand.error.isEmpty()) {
                    return operand;
                }
                if (!operand.value->isBool()) {
                    return failure(QStringLiteral("\"not\" needs a boolean, but %1 is a %2")
                                       .arg(operand.text, typeName(*operand.value)));
                }
                const bool result = !operand.value->toBool();
                return {QJsonValue(result), QStringLiteral("not (%1)").arg(operand.text), {}};
            }
            case Node::Kind::And:
            case Node::Kind::Or:
                return logical(node);
        }
        return failure(QStringLiteral("unknown expression"));
    }

private:
    static Outcome failure(const QString& message) { return {std::nullopt, {}, message}; }

    Outcome variable(const Node& node, bool withValue) {
        const auto value = m_variables.value(node.name);
        if (!value) {
            return failure(
                m_variables.missingSecrets().contains(node.name)
                    ? QStringLiteral("the secret %1 was not kept across the restart").arg(node.name)
                    : QStringLiteral("%1 has no value").arg(node.name));
        }
        const QString shown = m_variables.display(node.name);
        return {*value,
                withValue ? QStringLiteral("%1 = %2").arg(node.name, shown)
                          : QStringLiteral("%1 (%2)").arg(node.name, shown),
                {}};
    }

    // An operand of a comparison: "name = value" when the other side is not a variable
    // (the common `p95_ms = 240 > 100`), "name (value)" when both are.
    Outcome operand(const Node& node, const Node& other) {
        if (node.kind == Node::Kind::Variable) {
            return variable(node, other.kind != Node::Kind::Variable);
        }
        Outcome outcome = evaluate(node);
        if (outcome.error.isEmpty() && node.kind != Node::Kind::Literal) {
            outcome.text = QStringLiteral("(%1)").arg(outcome.text);
        }
        return outcome;
    }

    Outcome compare(const Node& node) {
        const Outcome left = operand(*node.left, *node.right);
        if (!left.error.isEmpty()) {
            return left;
        }
        const Outcome right = operand(*node.right, *node.left);
        if (!right.error.isEmpty()) {
            return right;
        }
        const QString text = QStringLiteral("%1 %2 %3").arg(left.text, node.op, right.text);
        const QJsonValue& a = *left.value;
        const QJsonValue& b = *right.value;
        const QString& op = node.op;
        const auto incomparable = [&] {
            return failure(QStringLiteral("cannot compare %1 %2 with %3 %4 using \"%5\"")
                               .arg(typeName(a), RunbookVariables::literal(a), typeName(b),
                                    RunbookVariables::literal(b), op));
        };
        bool result = false;
        if (op == u"==" || op == u"!=") {
            const bool equal = a.isDouble() && b.isDouble() ? a.toDouble() == b.toDouble() : a == b;
            result = op == u"==" ? equal : !equal;
        } else if (op == u"contains") {
            if (a.isString() && b.isString()) {
                result = a.toString().contains(b.toString());
            } else if (a.isArray()) {
                result = a.toArray().contains(b);
            } else {
                return incomparable();
            }
        } else {
            int order = 0;
            if (a.isDouble() && b.isDouble()) {
                order = a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
            } else if (a.isString() && b.isString()) {
                order = a.toString().compare(b.toString());
            } else {
                return incomparable();
            }
            result = op == u"<"    ? order < 0
                     : op == u"<=" ? order <= 0
                     : op == u">"  ? order > 0
                                   : order >= 0;
        }
        return {QJsonValue(result), text, {}};
    }

    Outcome logical(const Node& node) {
        const bool isAnd = node.kind == Node::Kind::And;
        const QString word = isAnd ? QStringLiteral("and") : QStringLiteral("or");
        const auto part = [&](const Node& child) -> Outcome {
            Outcome outcome = evaluate(child);
            if (!outcome.error.isEmpty()) {
                return outcome;
            }
            if (!outcome.value->isBool()) {
                return failure(QStringLiteral("\"%1\" needs booleans, but %2 is a %3")
                                   .arg(word, outcome.text, typeName(*outcome.value)));
            }
            if (child.kind == Node::Kind::Compare || child.kind == Node::Kind::Variable ||
                child.kind == Node::Kind::Literal) {
                outcome.text = QStringLiteral("%1 [%2]").arg(
                    outcome.text,
                    outcome.value->toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            } else {
                outcome.text = QStringLiteral("(%1)").arg(outcome.text);
            }
            return outcome;
        };
        const Outcome left = part(*node.left);
        if (!left.error.isEmpty()) {
            return left;
        }
        const bool leftValue = left.value->toBool();
        if (leftValue != isAnd) {
            // Short-circuit: the right side is not evaluated (and may not even have a value).
            return {QJsonValue(leftValue), QStringLiteral("%1 %2 ...").arg(left.text, word), {}};
        }
        const Outcome right = part(*node.right);
        if (!right.error.isEmpty()) {
            return right;
        }
        return {QJsonValue(right.value->toBool()),
                QStringLiteral("%1 %2 %3").arg(left.text, word, right.text),
                {}};
    }

    const RunbookVariables& m_variables;
};

}  // namespace

RunbookExpression::RunbookExpression() = default;
RunbookExpression::~RunbookExpression() = default;
RunbookExpression::RunbookExpression(const RunbookExpression&) = default;
RunbookExpression& RunbookExpression::operator=(const RunbookExpression&) = default;

RunbookExpression RunbookExpression::parse(const QString& text) {
    RunbookExpression expression;
    expression.m_text = text;
    QList<Token> tokens;
    QString error;
    if (text.trimmed().isEmpty()) {
        expression.m_error = QStringLiteral("the expression is empty");
        return expression;
    }
    if (!RunbookExpressionTokenizer(text).run(&tokens, &error)) {
        expression.m_error = error;
        return expression;
    }
    NodePtr root = Parser(std::move(tokens)).parse(&error, &expression.m_variables);
    if (!root) {
        expression.m_error = error;
        expression.m_variables.clear();
        return expression;
    }
    expression.m_root = std::move(root);
    return expression;
}

RunbookExpression::Evaluation RunbookExpression::evaluate(const RunbookVariables& variables) const {
    Evaluation evaluation;
    if (!m_root) {
        evaluation.error = m_error;
        return evaluation;
    }
    const Outcome outcome = Evaluator(variables).evaluate(*m_root);
    if (!outcome.error.isEmpty()) {
        evaluation.error = outcome.error;
        return evaluation;
    }
    if (!outcome.value->isBool()) {
        evaluation.error = QStringLiteral("%1 is a %2, not a condition (true or false)")
                               .arg(outcome.text, typeName(*outcome.value));
        return evaluation;
    }
    evaluation.ok = true;
    evaluation.value = outcome.value->toBool();
    evaluation.explanation = outcome.text;
    return evaluation;
}

}  // namespace recops::console
