// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// ProfileStore: round trips, the versioned schema, and the promise that no token ever
// reaches the disk through it.
#include "core/profile_store.h"

#include "core/local_database.h"
#include "core/preferences.h"
#include "core/profile_provisioner.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "support/raw_sqlite.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

namespace {

ConnectionProfile makeProfile(const QString& name, const QString& url,
                              EnvironmentTag environment = EnvironmentTag::Staging) {
    ConnectionProfile profile;
    profile.name = name;
    profile.url = QUrl(url);
    profile.environment = environment;
    return profile;
}

using recops::console::testing::executeRawSql;

QStringList columnsOf(const QString& path) {
    QStringList columns;
    const QString name = QStringLiteral("columns-") + path;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.open();
        QSqlQuery query(QStringLiteral("PRAGMA table_info(profiles)"), database);
        while (query.next()) {
            columns.append(query.value(1).toString());
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return columns;
}

}  // namespace

class ProfileStoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // No Secret Service for this test: tokens take the session-only path, the one
        // where a careless implementation would be tempted to write them to a file.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        qunsetenv("DISPLAY");
    }

    void init() {
        m_directory.emplace();
        QVERIFY(m_directory->isValid());
        m_path = m_directory->filePath(QStringLiteral("profiles.sqlite"));
    }

    void roundTripsEveryField() {
        {
            ProfileStore store;
            QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
            ConnectionProfile profile = makeProfile(QStringLiteral("prod-eu"),
                                                    QStringLiteral("https://recops.example:8470"),
                                                    EnvironmentTag::Production);
            const QString caFile = m_directory->filePath(QStringLiteral("ca.pem"));
            QFile ca(caFile);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.close();
            profile.tls = {caFile, true};
            QVERIFY2(store.save(profile), qPrintable(store.errorString()));
            QVERIFY(!profile.id.isEmpty());
            m_savedId = profile.id;
        }
        ProfileStore reopened;
        QVERIFY(reopened.open(m_path));
        const auto loaded = reopened.findById(m_savedId);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, QStringLiteral("prod-eu"));
        QCOMPARE(loaded->url, QUrl(QStringLiteral("https://recops.example:8470")));
        QCOMPARE(loaded->environment, EnvironmentTag::Production);
        QVERIFY(loaded->isProduction());
        QCOMPARE(loaded->tls.caCertificatePath, m_directory->filePath(QStringLiteral("ca.pem")));
        QCOMPARE(loaded->tls.allowSelfSigned, true);
        QCOMPARE(reopened.findByName(QStringLiteral("PROD-EU"))->id, m_savedId);
    }

    void updatesAndRemoves() {
        ProfileStore store;
        QVERIFY(store.open(m_path));
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        QSignalSpy updated(&store, &ProfileStore::profileUpdated);
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);

        ConnectionProfile profile =
            makeProfile(QStringLiteral("staging"), QStringLiteral("http://10.0.0.5:8470"));
        QVERIFY(store.save(profile));
        profile.name = QStringLiteral("staging-eu");
        profile.environment = EnvironmentTag::Demo;
        QVERIFY(store.save(profile));
        QCOMPARE(added.size(), 1);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().constFirst().name, QStringLiteral("staging-eu"));
        QCOMPARE(store.profiles().constFirst().environment, EnvironmentTag::Demo);

        QVERIFY(store.remove(profile.id));
        QCOMPARE(removed.size(), 1);
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.remove(profile.id));
        QVERIFY(store.errorString().contains(profile.id));
    }

    void refusesInvalidProfilesWithTheReason() {
        ProfileStore store;
        QVERIFY(store.open(m_path));
        ConnectionProfile first = makeProfile(QStringLiteral("demo"), QStringLiteral("http://a:1"));
        QVERIFY(store.save(first));

        ConnectionProfile duplicate =
            makeProfile(QStringLiteral("Demo"), QStringLiteral("http://b:1"));
        QVERIFY(!store.save(duplicate));
        QVERIFY(store.errorString().contains(QStringLiteral("already called")));

        ConnectionProfile credentials =
            makeProfile(QStringLiteral("other"), QStringLiteral("http://user:secret@b:1"));
        QVERIFY(!store.save(credentials));
        QVERIFY(store.errorString().contains(QStringLiteral("credentials")));
        QCOMPARE(store.profiles().size(), 1);
    }

    void writesAVersionedSchemaWithoutATokenColumn() {
        ProfileStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.schemaVersion(), ProfileStore::kSchemaVersion);
        store.close();
        const QStringList columns = columnsOf(m_path);
        QCOMPARE(columns,
                 (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("url"),
                              QStringLiteral("environment"), QStringLiteral("ca_certificate_path"),
                              QStringLiteral("allow_self_signed"), QStringLiteral("created_at"),
                              QStringLiteral("updated_at")}));
        QCOMPARE(QFile::permissions(m_path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void refusesAFileFromANewerConsoleAndLeavesItAlone() {
        executeRawSql(m_path, {QStringLiteral("CREATE TABLE future (x)"),
                               QStringLiteral("PRAGMA user_version = %1")
                                   .arg(LocalDatabase::kFileFormatVersion + 1)});
        const QByteArray before = [&] {
            QFile file(m_path);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        ProfileStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY(store.errorString().contains(QStringLiteral("newer recops-console")));
        QVERIFY(!store.isOpen());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void refusesAFileThatIsNotADatabase() {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not SQLite, just text that happens to be long enough to look");
        file.close();
        ProfileStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY(!store.errorString().isEmpty());
    }

    void defaultsToTheUsersDataDirectory() {
        QCOMPARE(QFileInfo(ProfileStore::defaultFilePath()).absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }

    // The whole provisioning path (profile + token) and the UI state and preferences
    // files are written, then every byte under the directory is searched for the token.
    void neverWritesTheTokenToDisk() {
        const QString token = QStringLiteral("rcp_0123456789abcdef_") + QString(64, u'e');
        ProfileStore store;
        QVERIFY(store.open(m_path));
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        ProfileProvisioner provisioner(&store, &secrets);
        QSignalSpy finished(&provisioner, &ProfileProvisioner::finished);
        ProvisioningRequest request;
        request.profileName = QStringLiteral("demo");
        request.url = QUrl(QStringLiteral("http://127.0.0.1:8470"));
        request.environment = EnvironmentTag::Demo;
        request.token = token;
        provisioner.run(request);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
        const auto outcome = finished.at(0).at(0).value<ProfileProvisioner::Outcome>();
        QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
        QCOMPARE(outcome.tokenStorage, SecretStore::Storage::Session);
        QCOMPARE(secrets.backend(), SecretStore::Backend::SessionOnly);

        RecentState recent(m_directory->filePath(QStringLiteral("recent.ini")));
        recent.setLastProfileId(outcome.profile.id);
        recent.sync();
        Preferences preferences(m_directory->filePath(QStringLiteral("preferences.ini")));
        preferences.setValue(Preferences::kRequestTimeoutMs, 5'000);
        store.close();

        int filesSearched = 0;
        QDirIterator files(m_directory->path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++filesSearched;
            QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(file.fileName()));
            // Nor the secret half alone, nor in UTF-16.
            QVERIFY2(!bytes.contains(QByteArray(64, 'e')), qPrintable(file.fileName()));
            QVERIFY(!bytes.contains(QByteArray::fromRawData(
                reinterpret_cast<const char*>(token.utf16()), token.size() * 2)));
        }
        QVERIFY(filesSearched >= 2);  // the database and the recent state at least
        // And the profile itself did reach the database.
        QFile database(m_path);
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(database.readAll().contains("http://127.0.0.1:8470"));
    }

private:
    std::optional<QTemporaryDir> m_directory;
    QString m_path;
    QString m_savedId;
};

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "profile_store_test.moc"
