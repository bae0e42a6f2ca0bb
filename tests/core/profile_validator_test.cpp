// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/profile_validator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using Field = ValidationIssue::Field;

namespace {
ConnectionProfile profile(const QString& name, const QString& url) {
    ConnectionProfile result;
    result.name = name;
    result.url = QUrl(url);
    return result;
}
}  // namespace

class ProfileValidatorTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsAGoodProfile() {
        QVERIFY(ProfileValidator::validate(profile(QStringLiteral("demo"),
                                                   QStringLiteral("https://h.example:8470/recops")),
                                           {})
                    .isEmpty());
    }

    void namesEachProblemWithItsField() {
        ConnectionProfile existing = profile(QStringLiteral("Prod"), QStringLiteral("http://a"));
        existing.id = QStringLiteral("other-id");

        const auto issues = ProfileValidator::validate(
            profile(QStringLiteral("prod"), QStringLiteral("http://u:p@h")), {existing});
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).field, Field::Name);
        QVERIFY(issues.at(0).message.contains(u"already called"));
        QCOMPARE(issues.at(1).field, Field::Url);

        // Renaming a profile to its own name is fine.
        ConnectionProfile same = existing;
        QVERIFY(ProfileValidator::validate(same, {existing}).isEmpty());

        QCOMPARE(ProfileValidator::validate(
                     profile(QStringLiteral("  "), QStringLiteral("http://a")), {})
                     .constFirst()
                     .message,
                 QStringLiteral("Give the profile a name."));
        QVERIFY(
            ProfileValidator::validate(profile(QString(65, u'x'), QStringLiteral("http://a")), {})
                .constFirst()
                .message.contains(u"64"));
        QVERIFY(ProfileValidator::validate(
                    profile(QStringLiteral("a\tb"), QStringLiteral("http://a")), {})
                    .constFirst()
                    .message.contains(u"control character"));

        ConnectionProfile withCa = profile(QStringLiteral("tls"), QStringLiteral("https://a"));
        withCa.tls.caCertificatePath = QStringLiteral("/nonexistent/ca.pem");
        const auto caIssues = ProfileValidator::validate(withCa, {});
        QCOMPARE(caIssues.size(), 1);
        QCOMPARE(caIssues.constFirst().field, Field::CaCertificate);
        QTemporaryDir directory;
        withCa.tls.caCertificatePath = directory.path();
        QVERIFY(ProfileValidator::validate(withCa, {})
                    .constFirst()
                    .message.contains(u"not a readable file"));
    }

    void parsesServerUrls_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << "http://127.0.0.1:8470" << true << "";
        QTest::newRow("tls with path") << " https://recops.example/api " << true << "";
        QTest::newRow("empty") << "" << false << "Enter the server address";
        QTest::newRow("no scheme") << "127.0.0.1:8470" << false << "must start with http";
        QTest::newRow("ftp") << "ftp://h" << false << "must start with http";
        QTest::newRow("no host") << "http://" << false << "";
        QTest::newRow("credentials") << "http://admin:pw@h" << false << "credentials";
        QTest::newRow("query") << "http://h/?token=x" << false << "query";
        QTest::newRow("fragment") << "http://h/#x" << false << "fragment";
    }

    void parsesServerUrls() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, error);
        QString message;
        const auto url = ProfileValidator::parseServerUrl(text, &message);
        QCOMPARE(url.has_value(), valid);
        QVERIFY2(message.contains(error), qPrintable(message));
        if (!valid) {
            QVERIFY(!message.isEmpty());
        }
    }

    void checksTheTokenFormat() {
        const QString good = QStringLiteral("rcp_0123456789abcdef_") + QString(64, u'a');
        QCOMPARE(ProfileValidator::checkToken(good), QString());
        QVERIFY(ProfileValidator::checkToken(good + u'\n').contains(u"line breaks"));
        QVERIFY(ProfileValidator::checkToken(good.left(30)).contains(u"not a recopsd token"));
        QVERIFY(ProfileValidator::checkToken(good.toUpper()).contains(u"not a recopsd token"));
        QVERIFY(ProfileValidator::checkToken(QString()).contains(u"empty"));
    }
};

QTEST_GUILESS_MAIN(ProfileValidatorTest)
#include "profile_validator_test.moc"
