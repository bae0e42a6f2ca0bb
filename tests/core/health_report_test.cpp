// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Parsing of /healthz and /api/v1/whoami bodies, as docs/openapi.yaml specifies them.
#include "core/health_report.h"

#include "core/token_identity.h"

#include <QTest>

using namespace recops::console;

namespace {
QJsonDocument json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text));
}
}  // namespace

class HealthReportTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheContractExample() {
        QString error;
        const auto report = HealthReport::fromJson(
            json("{\"status\":\"healthy\",\"version\":\"0.1.0\",\"uptime_seconds\":42.125,"
                 "\"model\":null,\"store\":{\"backend\":\"sqlite\",\"status\":\"ok\","
                 "\"schema_version\":1}}"),
            &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->isHealthy());
        QCOMPARE(report->version, QStringLiteral("0.1.0"));
        QCOMPARE(report->uptimeSeconds, 42.125);
        QVERIFY(!report->model);
        QCOMPARE(report->store.value(QStringLiteral("schema_version")).toInt(), 1);
    }

    void refusesWhatBreaksTheContract_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("no status")
            << QByteArray("{\"version\":\"1\",\"uptime_seconds\":1}") << "\"status\"";
        QTest::newRow("no version")
            << QByteArray("{\"status\":\"healthy\",\"uptime_seconds\":1}") << "\"version\"";
        QTest::newRow("negative uptime")
            << QByteArray("{\"status\":\"healthy\",\"version\":\"1\",\"uptime_seconds\":-1}")
            << "uptime_seconds";
        QTest::newRow("model string") << QByteArray(
                                             "{\"status\":\"healthy\",\"version\":\"1\",\"uptime_"
                                             "seconds\":1,\"model\":\"x\"}")
                                      << "\"model\"";
        QTest::newRow("store number")
            << QByteArray(
                   "{\"status\":\"healthy\",\"version\":\"1\",\"uptime_seconds\":1,\"store\":3}")
            << "\"store\"";
    }

    void refusesWhatBreaksTheContract() {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!HealthReport::fromJson(QJsonDocument::fromJson(body), &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void readsWhoami() {
        QString error;
        const auto identity =
            TokenIdentity::fromJson(json("{\"token_id\":\"3f9a0c1d2e4b5a69\",\"name\":\"console-"
                                         "alice\",\"role\":\"operator\"}"),
                                    &error);
        QVERIFY(identity);
        QCOMPARE(identity->tokenId, QStringLiteral("3f9a0c1d2e4b5a69"));
        QCOMPARE(identity->name, QStringLiteral("console-alice"));
        QCOMPARE(identity->role, QStringLiteral("operator"));
        QVERIFY(!TokenIdentity::fromJson(json("{\"name\":\"x\"}"), &error));
        QVERIFY(error.contains(u"role"));
    }

    void formatsUptimeForPeople() {
        QCOMPARE(formatDuration(42.9), QStringLiteral("42 s"));
        QCOMPARE(formatDuration(125), QStringLiteral("2 min 5 s"));
        QCOMPARE(formatDuration(3 * 3600 + 12 * 60 + 5), QStringLiteral("3 h 12 min"));
        QCOMPARE(formatDuration(2 * 86400 + 5 * 3600), QStringLiteral("2 d 5 h"));
    }
};

QTEST_GUILESS_MAIN(HealthReportTest)
#include "health_report_test.moc"
