// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/command_line.h"

#include <QTest>

using namespace recops::console;
using Status = CommandLineParseResult::Status;

namespace {
CommandLineParseResult parse(const QStringList& arguments) {
    return CommandLine::parse(QStringList{QStringLiteral("recops-console")} + arguments);
}
}  // namespace

class CommandLineTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheProvisioningOptionsOfTheDemo() {
        const CommandLineParseResult result =
            parse({QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--server"),
                   QStringLiteral("http://127.0.0.1:8470"), QStringLiteral("--environment"),
                   QStringLiteral("demo"), QStringLiteral("--token-stdin")});
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.options.profileName, QStringLiteral("demo"));
        QCOMPARE(*result.options.serverUrl, QUrl(QStringLiteral("http://127.0.0.1:8470")));
        QCOMPARE(*result.options.environment, EnvironmentTag::Demo);
        QVERIFY(result.options.tokenFromStdin);
        QVERIFY(result.options.changesProfile());
    }

    void readsRepeatedScreenshotsAndTheLanguage() {
        const CommandLineParseResult result =
            parse({QStringLiteral("--screenshot"), QStringLiteral("dashboard=/tmp/a.png"),
                   QStringLiteral("--screenshot=Models=b.png"), QStringLiteral("--lang"),
                   QStringLiteral("de_DE"), QStringLiteral("--ca-file"), QStringLiteral("ca.pem"),
                   QStringLiteral("--allow-self-signed")});
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.options.screenshots,
                 (QList<ScreenshotRequest>{{ConsolePage::Dashboard, QStringLiteral("/tmp/a.png")},
                                           {ConsolePage::Models, QStringLiteral("b.png")}}));
        QCOMPARE(result.options.language, QStringLiteral("de_DE"));
        QCOMPARE(*result.options.caCertificatePath, QStringLiteral("ca.pem"));
        QVERIFY(result.options.allowSelfSigned);
        QVERIFY(!result.options.changesProfile());  // no --profile: nothing is saved
    }

    void openingAProfileChangesNothing() {
        const CommandLineParseResult result = parse({QStringLiteral("--profile=prod")});
        QCOMPARE(result.status, Status::Ok);
        QVERIFY(!result.options.changesProfile());
        QVERIFY(!result.options.serverUrl);
    }

    void findsLangBeforeParsing() {
        QCOMPARE(CommandLine::languageArgument(
                     {QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("de")}),
                 QStringLiteral("de"));
        QCOMPARE(CommandLine::languageArgument({QStringLiteral("x"), QStringLiteral("--lang=en")}),
                 QStringLiteral("en"));
        QCOMPARE(CommandLine::languageArgument({QStringLiteral("x")}), QString());
    }

    void helpAndVersion() {
        QCOMPARE(parse({QStringLiteral("--help")}).status, Status::HelpRequested);
        QVERIFY(parse({QStringLiteral("--help")}).helpText.contains(u"--token-stdin"));
        QVERIFY(parse({QStringLiteral("--help")}).helpText.contains(u"incidents"));
        QCOMPARE(parse({QStringLiteral("--version")}).status, Status::VersionRequested);
    }

    void rejectsBadInputPrecisely_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("server not http")
            << QStringList{QStringLiteral("--server"), QStringLiteral("ftp://x")}
            << QStringLiteral("--server: The address must start with http:// or https://.");
        QTest::newRow("server without scheme")
            << QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:8470")}
            << QStringLiteral("--server:");
        QTest::newRow("environment")
            << QStringList{QStringLiteral("--environment"), QStringLiteral("qa")}
            << QStringLiteral(
                   "--environment: \"qa\" is not one of production, staging, "
                   "development, demo.");
        QTest::newRow("screenshot page")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("settings=x.png")}
            << QStringLiteral("\"settings\" is not a page");
        QTest::newRow("screenshot form")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("dashboard")}
            << QStringLiteral("is not PAGE=FILE");
        QTest::newRow("screenshot file")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("dashboard=")}
            << QStringLiteral("is not PAGE=FILE");
        QTest::newRow("lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("de DE!")}
                              << QStringLiteral("--lang:");
        QTest::newRow("empty profile")
            << QStringList{QStringLiteral("--profile"), QStringLiteral(" ")}
            << QStringLiteral("--profile needs a name");
        QTest::newRow("twice") << QStringList{QStringLiteral("--profile=a"),
                                              QStringLiteral("--profile=b")}
                               << QStringLiteral("--profile is given more than once");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")}
                                    << QStringLiteral("Unexpected argument \"extra\"");
    }

    void rejectsBadInputPrecisely() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CommandLineParseResult result = parse(arguments);
        QCOMPARE(result.status, Status::Error);
        QVERIFY2(result.errorMessage.contains(expected), qPrintable(result.errorMessage));
    }
};

QTEST_GUILESS_MAIN(CommandLineTest)
#include "command_line_test.moc"
