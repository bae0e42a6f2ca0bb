// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The runbook condition language against a table of cases: each row an expression, the
// variables it sees, and what it must give (a value and its explanation, or an error).
#include "core/runbook_expression.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace recops::console;

namespace {

RunbookVariables variablesFrom(const char* json) {
    RunbookVariables variables;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        variables.set(it.key(), it.value());
    }
    return variables;
}

}  // namespace

class RunbookExpressionTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluates_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("variables");
        QTest::addColumn<bool>("value");
        QTest::addColumn<QString>("explanation");
        const QString vars = QStringLiteral(
            R"({"p95_ms": 240, "error_rate": 0.01, "status": "healthy", "reason": "no model loaded",
                "ready": false, "role": "admin", "other_role": "admin", "model": null,
                "tags": ["a", "b"], "count": 3})");
        const auto row = [&](const char* name, const char* expression, bool value,
                             const char* explanation) {
            QTest::newRow(name) << QString::fromUtf8(expression) << vars << value
                                << QString::fromUtf8(explanation);
        };
        row("greater", "p95_ms > 100", true, "p95_ms = 240 > 100");
        row("greater false", "p95_ms > 500", false, "p95_ms = 240 > 500");
        row("less or equal", "error_rate <= 0.01", true, "error_rate = 0.01 <= 0.01");
        row("literal on the left", "100 < p95_ms", true, "100 < p95_ms = 240");
        row("string equality", "status == \"healthy\"", true,
            "status = \"healthy\" == \"healthy\"");
        row("single quotes", "status != 'degraded'", true, "status = \"healthy\" != 'degraded'");
        row("contains", "reason contains \"no model\"", true,
            "reason = \"no model loaded\" contains \"no model\"");
        row("array contains", "tags contains \"b\"", true, "tags = [\"a\",\"b\"] contains \"b\"");
        row("two variables", "role == other_role", true,
            "role (\"admin\") == other_role (\"admin\")");
        row("null", "model == null", true, "model = null == null");
        row("not null", "status != null", true, "status = \"healthy\" != null");
        row("number equals integer form", "count == 3.0", true, "count = 3 == 3.0");
        row("negative number", "count > -1", true, "count = 3 > -1");
        row("exponent", "p95_ms < 1e3", true, "p95_ms = 240 < 1e3");
        row("and", "p95_ms > 100 and error_rate < 0.05", true,
            "p95_ms = 240 > 100 [true] and error_rate = 0.01 < 0.05 [true]");
        row("and short-circuits", "p95_ms > 500 and missing > 1", false,
            "p95_ms = 240 > 500 [false] and ...");
        row("or short-circuits", "p95_ms > 100 or missing > 1", true,
            "p95_ms = 240 > 100 [true] or ...");
        row("or", "p95_ms > 500 || status == \"healthy\"", true,
            "p95_ms = 240 > 500 [false] or status = \"healthy\" == \"healthy\" [true]");
        row("not", "not ready", true, "not (ready = false)");
        row("bang", "!(p95_ms > 100)", false, "not (p95_ms = 240 > 100)");
        row("precedence: and before or", "p95_ms > 500 or p95_ms > 100 and ready", false,
            "p95_ms = 240 > 500 [false] or (p95_ms = 240 > 100 [true] and ready = false [false])");
        row("parentheses", "(p95_ms > 500 or p95_ms > 100) and not ready", true,
            "(p95_ms = 240 > 500 [false] or p95_ms = 240 > 100 [true]) and (not (ready = false))");
        row("placeholder syntax", "${p95_ms} > 100", true, "p95_ms = 240 > 100");
        row("string order", "role < \"zzz\"", true, "role = \"admin\" < \"zzz\"");
        row("bare boolean literal", "true", true, "true");
    }

    void evaluates() {
        QFETCH(QString, expression);
        QFETCH(QString, variables);
        QFETCH(bool, value);
        QFETCH(QString, explanation);
        const RunbookExpression parsed = RunbookExpression::parse(expression);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
        const auto evaluation = parsed.evaluate(variablesFrom(variables.toUtf8().constData()));
        QVERIFY2(evaluation.ok, qPrintable(evaluation.error));
        QCOMPARE(evaluation.value, value);
        QCOMPARE(evaluation.explanation, explanation);
    }

    void refusesToParse_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << QStringLiteral("the expression is empty");
        QTest::newRow("single equals")
            << QStringLiteral("a = 1")
            << QStringLiteral("\"=\" at position 3: comparisons use \"==\"");
        QTest::newRow("unclosed string")
            << QStringLiteral("a == \"x")
            << QStringLiteral("the string starting at position 6 is not closed");
        QTest::newRow("dangling operator")
            << QStringLiteral("a >")
            << QStringLiteral("the expression ends where a value was expected");
        QTest::newRow("missing parenthesis")
            << QStringLiteral("(a > 1")
            << QStringLiteral("expected \")\" at position 7, found \"the end\"");
        QTest::newRow("two values") << QStringLiteral("a 1")
                                    << QStringLiteral(
                                           "unexpected \"1\" at position 3; expected an "
                                           "operator (and, or, ==, <, contains...) or the end");
        QTest::newRow("stray character")
            << QStringLiteral("a > 1 # b") << QStringLiteral("unexpected \"#\" at position 7");
        QTest::newRow("unclosed placeholder")
            << QStringLiteral("${a > 1") << QStringLiteral("\"${\" at position 1 is not closed");
        QTest::newRow("arithmetic is not part of it")
            << QStringLiteral("a - b > 1") << QStringLiteral("unexpected \"-\" at position 3");
    }

    void refusesToParse() {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        const RunbookExpression parsed = RunbookExpression::parse(expression);
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.error(), error);
        QVERIFY(parsed.variables().isEmpty());
    }

    void failsToEvaluate_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown variable")
            << QStringLiteral("latency > 1") << QStringLiteral("latency has no value");
        QTest::newRow("string with number")
            << QStringLiteral("status > 5")
            << QStringLiteral("cannot compare string \"healthy\" with number 5 using \">\"");
        QTest::newRow("and needs booleans")
            << QStringLiteral("count and ready")
            << QStringLiteral("\"and\" needs booleans, but count = 3 is a number");
        QTest::newRow("not needs a boolean")
            << QStringLiteral("not status")
            << QStringLiteral("\"not\" needs a boolean, but status = \"healthy\" is a string");
        QTest::newRow("not a condition")
            << QStringLiteral("count")
            << QStringLiteral("count = 3 is a number, not a condition (true or false)");
        QTest::newRow("contains on a number")
            << QStringLiteral("count contains 1")
            << QStringLiteral("cannot compare number 3 with number 1 using \"contains\"");
    }

    void failsToEvaluate() {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        const RunbookExpression parsed = RunbookExpression::parse(expression);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
        const auto evaluation =
            parsed.evaluate(variablesFrom(R"({"status": "healthy", "count": 3, "ready": true})"));
        QVERIFY(!evaluation.ok);
        QCOMPARE(evaluation.error, error);
    }

    void listsItsVariablesOnce() {
        const RunbookExpression parsed =
            RunbookExpression::parse(QStringLiteral("a > 1 and (b == a or ${c} contains \"x\")"));
        QCOMPARE(parsed.variables(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void redactsSecrets() {
        RunbookVariables variables;
        variables.set(QStringLiteral("token"), QStringLiteral("rcp_secret"), true);
        const auto evaluation =
            RunbookExpression::parse(QStringLiteral("token != null")).evaluate(variables);
        QVERIFY(evaluation.ok && evaluation.value);
        QCOMPARE(evaluation.explanation, QStringLiteral("token = [secret] != null"));
    }
};

QTEST_GUILESS_MAIN(RunbookExpressionTest)
#include "runbook_expression_test.moc"
