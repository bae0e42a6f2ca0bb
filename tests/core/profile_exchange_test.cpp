// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Profile files: a round trip without secrets, every mistake in a hand-edited file named
// by its place, nothing imported from a bad file, and name conflicts reported instead of
// overwritten.
#include "core/profile_exchange.h"

#include "core/profile_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

namespace {

ConnectionProfile makeProfile(const QString& name, const QString& url, EnvironmentTag tag) {
    ConnectionProfile profile;
    profile.name = name;
    profile.url = QUrl(url);
    profile.environment = tag;
    return profile;
}

QByteArray fileWith(const QJsonArray& profiles) {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QLatin1StringView(ProfileExchange::kFormat)},
                           {QStringLiteral("version"), ProfileExchange::kFormatVersion},
                           {QStringLiteral("profiles"), profiles}})
        .toJson();
}

QJsonObject entry(const QString& name, const QString& url, const QString& environment) {
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("environment"), environment}};
}

}  // namespace

class ProfileExchangeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_directory.emplace();
        m_source.emplace();
        m_target.emplace();
        QVERIFY(m_source->open(m_directory->filePath(QStringLiteral("source.sqlite"))));
        QVERIFY(m_target->open(m_directory->filePath(QStringLiteral("target.sqlite"))));
    }
    void cleanup() {
        m_source.reset();
        m_target.reset();
        m_directory.reset();
    }

    void roundTripsEveryProfileWithoutSecretsOrIds() {
        const QString caFile = m_directory->filePath(QStringLiteral("ca.pem"));
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.close();
        ConnectionProfile production =
            makeProfile(QStringLiteral("prod-eu"), QStringLiteral("https://recops.example:8470"),
                        EnvironmentTag::Production);
        production.tls = {caFile, true};
        ConnectionProfile staging =
            makeProfile(QStringLiteral("staging"), QStringLiteral("http://127.0.0.1:8471"),
                        EnvironmentTag::Staging);
        QVERIFY(m_source->save(production));
        QVERIFY(m_source->save(staging));

        const QString file = m_directory->filePath(QStringLiteral("profiles.json"));
        QString error;
        QVERIFY2(ProfileExchange::exportToFile(*m_source, file, &error), qPrintable(error));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(!text.contains(production.id.toUtf8()));
        QVERIFY(!text.contains("token"));
        QVERIFY(text.contains("\"exported_at\""));

        const ProfileImportOutcome outcome = ProfileExchange::importFromFile(*m_target, file);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.errors.join(u'\n')));
        QCOMPARE(outcome.imported.size(), 2);
        QVERIFY(outcome.conflicts.isEmpty());
        const auto imported = m_target->findByName(QStringLiteral("prod-eu"));
        QVERIFY(imported);
        QVERIFY(imported->id != production.id);  // ids are local to each machine
        QCOMPARE(imported->url, production.url);
        QCOMPARE(imported->environment, EnvironmentTag::Production);
        QCOMPARE(imported->tls, production.tls);
        QCOMPARE(m_target->findByName(QStringLiteral("staging"))->environment,
                 EnvironmentTag::Staging);
        QVERIFY(ProfileExchange::summarize(outcome).startsWith(u"Imported: prod-eu, staging."));

        // Importing the same file again changes nothing and says so.
        const ProfileImportOutcome again = ProfileExchange::importFromFile(*m_target, file);
        QVERIFY(again.imported.isEmpty());
        QCOMPARE(again.unchanged,
                 (QStringList{QStringLiteral("prod-eu"), QStringLiteral("staging")}));
        QCOMPARE(m_target->profiles().size(), 2);
    }

    void reportsNameConflictsAndOverwritesNothing() {
        ConnectionProfile saved =
            makeProfile(QStringLiteral("prod-eu"), QStringLiteral("https://a.example:8470"),
                        EnvironmentTag::Production);
        QVERIFY(m_target->save(saved));
        const QByteArray file =
            fileWith({entry(QStringLiteral("PROD-EU"), QStringLiteral("https://b.example:8470"),
                            QStringLiteral("production")),
                      entry(QStringLiteral("lab"), QStringLiteral("http://127.0.0.1:9000"),
                            QStringLiteral("dev"))});
        const ProfileImportOutcome outcome = ProfileExchange::importInto(*m_target, file);
        QVERIFY(outcome.succeeded());
        QCOMPARE(outcome.imported.size(), 1);
        QCOMPARE(outcome.imported.constFirst().name, QStringLiteral("lab"));
        QCOMPARE(outcome.conflicts.size(), 1);
        QCOMPARE(outcome.conflicts.constFirst().saved.id, saved.id);
        QCOMPARE(outcome.conflicts.constFirst().incoming.url,
                 QUrl(QStringLiteral("https://b.example:8470")));
        QCOMPARE(m_target->findById(saved.id)->url, saved.url);  // untouched
        const QString summary = ProfileExchange::summarize(outcome);
        QVERIFY2(summary.contains(u"Not imported: \"prod-eu\" is already saved for "
                                  u"https://a.example:8470"),
                 qPrintable(summary));
        QVERIFY(summary.contains(u"https://b.example:8470"));
    }

    void namesEveryMistakeByItsPlaceAndImportsNothing_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray(
                                         "{\n  \"format\": \"recops-console-profiles\",\n"
                                         "  \"version\": 1,,\n}")
                                  << QStringLiteral("line 3, column 17: not valid JSON");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringLiteral("The file must hold a JSON object");
        QTest::newRow("other format")
            << QByteArray("{\"format\": \"grafana\", \"version\": 1, \"profiles\": []}")
            << QStringLiteral("format: must be \"recops-console-profiles\"");
        QTest::newRow("newer version")
            << QByteArray(
                   "{\"format\": \"recops-console-profiles\", \"version\": 2, "
                   "\"profiles\": []}")
            << QStringLiteral("version: 2 is not a version this console reads (it reads 1)");
        QTest::newRow("no list") << QByteArray(
                                        "{\"format\": \"recops-console-profiles\", \"version\": 1}")
                                 << QStringLiteral("profiles: must be a list of profiles.");
        QTest::newRow("missing url")
            << fileWith({QJsonObject{{QStringLiteral("name"), QStringLiteral("a")},
                                     {QStringLiteral("environment"), QStringLiteral("staging")}}})
            << QStringLiteral("profiles[0].url: missing.");
        QTest::newRow("bad url")
            << fileWith({entry(QStringLiteral("a"), QStringLiteral("ftp://x"),
                               QStringLiteral("staging"))})
            << QStringLiteral("profiles[0].url: The address must start with http:// or https://.");
        QTest::newRow("credentials in url")
            << fileWith({entry(QStringLiteral("a"), QStringLiteral("http://u:p@x:1"),
                               QStringLiteral("staging"))})
            << QStringLiteral("profiles[0].url: ");
        QTest::newRow("bad environment")
            << fileWith(
                   {entry(QStringLiteral("a"), QStringLiteral("http://x:1"), QStringLiteral("qa"))})
            << QStringLiteral(
                   "profiles[0].environment: \"qa\" is not one of production, "
                   "staging, development, demo.");
        QTest::newRow("typo") << fileWith({[] {
            QJsonObject object =
                entry(QStringLiteral("a"), QStringLiteral("http://x:1"), QStringLiteral("staging"));
            object.insert(QStringLiteral("enviroment"), QStringLiteral("production"));
            return object;
        }()}) << QStringLiteral("profiles[0].enviroment: unknown field.");
        QTest::newRow("token") << fileWith({[] {
            QJsonObject object =
                entry(QStringLiteral("a"), QStringLiteral("http://x:1"), QStringLiteral("staging"));
            object.insert(QStringLiteral("token"), QStringLiteral("rcp_0123"));
            return object;
        }()}) << QStringLiteral("profiles[0].token: profile files never carry secrets");
        QTest::newRow("tls type") << fileWith({[] {
            QJsonObject object = entry(QStringLiteral("a"), QStringLiteral("https://x:1"),
                                       QStringLiteral("staging"));
            object.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("allow_self_signed"),
                                                              QStringLiteral("yes")}});
            return object;
        }()}) << QStringLiteral("profiles[0].tls.allow_self_signed: must be true or false.");
        QTest::newRow("missing ca file")
            << fileWith({[] {
                   QJsonObject object = entry(QStringLiteral("a"), QStringLiteral("https://x:1"),
                                              QStringLiteral("staging"));
                   object.insert(QStringLiteral("tls"),
                                 QJsonObject{{QStringLiteral("ca_certificate_path"),
                                              QStringLiteral("/nonexistent/ca.pem")}});
                   return object;
               }()})
            << QStringLiteral(
                   "profiles[0].tls.ca_certificate_path: /nonexistent/ca.pem "
                   "does not exist.");
        QTest::newRow("duplicate in the file")
            << fileWith({entry(QStringLiteral("same"), QStringLiteral("http://x:1"),
                               QStringLiteral("staging")),
                         entry(QStringLiteral("Same"), QStringLiteral("http://y:1"),
                               QStringLiteral("staging"))})
            << QStringLiteral("profiles[1].name: Another profile is already called \"Same\".");
        QTest::newRow("entry not an object")
            << fileWith({entry(QStringLiteral("ok"), QStringLiteral("http://x:1"),
                               QStringLiteral("staging")),
                         QJsonValue(3)})
            << QStringLiteral("profiles[1]: must be an object with name, url and environment.");
    }

    void namesEveryMistakeByItsPlaceAndImportsNothing() {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        const ProfileImportOutcome outcome = ProfileExchange::importInto(*m_target, file);
        QVERIFY(!outcome.succeeded());
        QVERIFY2(std::any_of(outcome.errors.cbegin(), outcome.errors.cend(),
                             [&](const QString& line) { return line.startsWith(error); }),
                 qPrintable(outcome.errors.join(u'\n')));
        QVERIFY(outcome.imported.isEmpty());
        QVERIFY(m_target->profiles().isEmpty());  // the good entries were not imported either
        QVERIFY(ProfileExchange::summarize(outcome).startsWith(u"Nothing was imported:"));
    }

    void reportsAFileThatCannotBeRead() {
        const ProfileImportOutcome outcome =
            ProfileExchange::importFromFile(*m_target, QStringLiteral("/nonexistent/p.json"));
        QVERIFY(!outcome.succeeded());
        QVERIFY(outcome.errors.constFirst().startsWith(u"Cannot read /nonexistent/p.json"));
        QString error;
        QVERIFY(!ProfileExchange::exportToFile(*m_source, QStringLiteral("/nonexistent/x.json"),
                                               &error));
        QVERIFY(error.startsWith(u"Cannot write /nonexistent/x.json"));
    }

private:
    std::optional<QTemporaryDir> m_directory;
    std::optional<ProfileStore> m_source;
    std::optional<ProfileStore> m_target;
};

QTEST_GUILESS_MAIN(ProfileExchangeTest)
#include "profile_exchange_test.moc"
