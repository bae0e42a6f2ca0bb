// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// ProductionLock: production is read-only until unlocked, the unlock lasts for the
// session and the profile, and any other profile or address locks it again.
#include "core/production_lock.h"

#include "core/secret_store.h"
#include "core/server_connection.h"

#include <QSignalSpy>
#include <QTest>

using namespace recops::console;

namespace {
ConnectionProfile makeProfile(const QString& id, EnvironmentTag environment) {
    ConnectionProfile profile;
    profile.id = id;
    profile.name = id;
    // Nothing listens on port 9: the lock does not care whether the server answers.
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
    profile.environment = environment;
    return profile;
}
}  // namespace

class ProductionLockTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
        m_connection.emplace(&*m_secrets);
        m_lock.emplace(&*m_connection);
    }
    void cleanup() {
        m_lock.reset();
        m_connection.reset();
        m_secrets.reset();
    }

    void onlyProductionIsLocked() {
        QVERIFY(!m_lock->isLocked());  // nothing connected
        open(makeProfile(QStringLiteral("staging"), EnvironmentTag::Staging));
        QVERIFY(!m_lock->applies());
        QVERIFY(!m_lock->isLocked());
        QVERIFY(m_lock->reason().isEmpty());
        QVERIFY(!m_lock->unlock());

        QSignalSpy changed(&*m_lock, &ProductionLock::lockedChanged);
        open(makeProfile(QStringLiteral("prod-eu"), EnvironmentTag::Production));
        QVERIFY(m_lock->applies());
        QVERIFY(m_lock->isLocked());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(m_lock->reason().contains(u"prod-eu is a production profile"));
        QVERIFY(m_lock->reason().contains(u"Ctrl+Shift+L"));
    }

    void anUnlockLastsUntilTheProfileChanges() {
        const ConnectionProfile production =
            makeProfile(QStringLiteral("prod-eu"), EnvironmentTag::Production);
        open(production);
        QVERIFY(m_lock->unlock());
        QVERIFY(!m_lock->isLocked());
        QVERIFY(m_lock->reason().isEmpty());
        QVERIFY(!m_lock->unlock());  // nothing left to unlock

        open(production);  // reopened, as after saving its token: still unlocked
        QVERIFY(!m_lock->isLocked());

        ConnectionProfile moved = production;
        moved.url = QUrl(QStringLiteral("http://127.0.0.1:10"));
        open(moved);  // the same profile pointed elsewhere
        QVERIFY(m_lock->isLocked());

        QVERIFY(m_lock->unlock());
        open(makeProfile(QStringLiteral("staging"), EnvironmentTag::Staging));
        open(moved);  // back again: a new decision is needed
        QVERIFY(m_lock->isLocked());
    }

    void canBeLockedAgainAtOnce() {
        open(makeProfile(QStringLiteral("prod-eu"), EnvironmentTag::Production));
        QSignalSpy changed(&*m_lock, &ProductionLock::lockedChanged);
        QVERIFY(m_lock->unlock());
        m_lock->lock();
        QVERIFY(m_lock->isLocked());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), true);
    }

private:
    void open(const ConnectionProfile& profile) {
        m_connection->openWithToken(profile, QString(), ServerConnection::TokenSource::None);
    }

    std::optional<SecretStore> m_secrets;
    std::optional<ServerConnection> m_connection;
    std::optional<ProductionLock> m_lock;
};

QTEST_GUILESS_MAIN(ProductionLockTest)
#include "production_lock_test.moc"
