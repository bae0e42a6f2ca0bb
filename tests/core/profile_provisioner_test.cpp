// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The non-interactive profile set-up behind --profile/--server/--token-stdin. The keyring
// path is covered by secret_store_keyring_test; here no Secret Service is reachable.
#include "core/profile_provisioner.h"

#include "core/profile_store.h"
#include "core/secret_store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using Outcome = ProfileProvisioner::Outcome;

class ProfileProvisionerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
        qunsetenv("DISPLAY");
    }

    void init() {
        m_store.emplace();
        QVERIFY(m_store->open(m_directory.filePath(QStringLiteral("%1.sqlite").arg(++m_run))));
    }

    void createsThenUpdatesKeepingWhatIsNotGiven() {
        ProvisioningRequest create;
        create.profileName = QStringLiteral("demo");
        create.url = QUrl(QStringLiteral("http://127.0.0.1:8470"));
        create.environment = EnvironmentTag::Demo;
        const Outcome created = run(create);
        QVERIFY2(created.succeeded, qPrintable(created.message));
        QVERIFY(created.created);
        QCOMPARE(created.message, QStringLiteral("Created the profile \"demo\"."));

        ProvisioningRequest update;
        update.profileName = QStringLiteral("DEMO");
        update.url = QUrl(QStringLiteral("http://127.0.0.1:9000"));
        const Outcome updated = run(update);
        QVERIFY(updated.succeeded);
        QVERIFY(!updated.created);
        QCOMPARE(updated.profile.id, created.profile.id);
        const auto stored = m_store->findById(created.profile.id);
        QCOMPARE(stored->url, QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QCOMPARE(stored->environment, EnvironmentTag::Demo);  // kept
        QCOMPARE(stored->name, QStringLiteral("demo"));       // kept
    }

    void needsAUrlToCreate() {
        ProvisioningRequest request;
        request.profileName = QStringLiteral("nowhere");
        const Outcome outcome = run(request);
        QVERIFY(!outcome.succeeded);
        QVERIFY(outcome.message.contains(u"--server"));
        QVERIFY(m_store->profiles().isEmpty());
    }

    void reportsAnInvalidProfile() {
        ProvisioningRequest request;
        request.profileName = QStringLiteral("tls");
        request.url = QUrl(QStringLiteral("https://h"));
        request.caCertificatePath = QStringLiteral("/nonexistent/ca.pem");
        const Outcome outcome = run(request);
        QVERIFY(!outcome.succeeded);
        QVERIFY(outcome.message.contains(u"/nonexistent/ca.pem"));
    }

    void keepsTheTokenForTheSessionWithoutAKeyring() {
        ProvisioningRequest request;
        request.profileName = QStringLiteral("demo");
        request.url = QUrl(QStringLiteral("http://127.0.0.1:8470"));
        request.token = QStringLiteral("rcp_0123456789abcdef_") + QString(64, u'0');
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        const Outcome outcome = run(request, &secrets);
        QVERIFY(outcome.succeeded);
        QCOMPARE(outcome.tokenStorage, SecretStore::Storage::Session);
        QVERIFY2(outcome.message.contains(u"session only"), qPrintable(outcome.message));

        QString readBack;
        secrets.readToken(outcome.profile.id, this,
                          [&](const SecretStore::Result& result) { readBack = result.token; });
        QTRY_COMPARE(readBack, *request.token);
    }

private:
    Outcome run(const ProvisioningRequest& request, SecretStore* secrets = nullptr) {
        ProfileProvisioner provisioner(&*m_store, secrets);
        QSignalSpy finished(&provisioner, &ProfileProvisioner::finished);
        provisioner.run(request);
        if (!finished.wait(20'000) && finished.isEmpty()) {
            qFatal("provisioning did not finish");
        }
        return finished.at(0).at(0).value<Outcome>();
    }

    QTemporaryDir m_directory;
    std::optional<ProfileStore> m_store;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(ProfileProvisionerTest)
#include "profile_provisioner_test.moc"
