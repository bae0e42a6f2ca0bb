// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// SecretStore where no Secret Service is reachable: run once with no session bus at all
// and once with a bus on which nothing provides org.freedesktop.secrets (see
// keyring/with_secret_service.sh). The store must say so, keep tokens for the session
// only, and write them nowhere.
#include "core/secret_store.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace recops::console;
using Result = SecretStore::Result;

namespace {

const QString kService = QStringLiteral("recops-console-test");

Result await(const std::function<void(SecretStore::Callback)>& operation) {
    std::optional<Result> result;
    operation([&result](const Result& answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000)) {
        qFatal("the secret store did not answer within 20 s");
    }
    return *result;
}

}  // namespace

class SecretStoreFallbackTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        const QString mode = qEnvironmentVariable("RECOPS_KEYRING_MODE");
        QVERIFY2(mode == u"no-bus" || mode == u"no-secret-service", qPrintable(mode));
    }

    void saysClearlyThatTokensAreForThisSessionOnly() {
        SecretStore store(kService, nullptr);
        QSignalSpy backends(&store, &SecretStore::backendChanged);
        const Result probe = await([&](auto callback) { store.probe(this, callback); });
        QVERIFY(probe.succeeded());
        QCOMPARE(probe.storage, SecretStore::Storage::Session);
        QCOMPARE(store.backend(), SecretStore::Backend::SessionOnly);
        QCOMPARE(backends.size(), 1);
        QVERIFY2(store.backendMessage().startsWith(u"No system keyring is reachable ("),
                 qPrintable(store.backendMessage()));
        QVERIFY(store.backendMessage().contains(u"for this session only"));
        QCOMPARE(probe.message, store.backendMessage());
    }

    void keepsTheTokenInMemoryAndNowhereElse() {
        const QString id = QStringLiteral("profile-1");
        const QString token = QStringLiteral("rcp_0123456789abcdef_") + QString(64, u'd');
        SecretStore store(kService, nullptr);

        Result result = await([&](auto callback) { store.writeToken(id, token, this, callback); });
        QVERIFY(result.succeeded());
        QCOMPARE(result.storage, SecretStore::Storage::Session);
        QVERIFY(result.message.contains(u"session only"));
        QCOMPARE(store.backend(), SecretStore::Backend::SessionOnly);

        result = await([&](auto callback) { store.readToken(id, this, callback); });
        QVERIFY(result.succeeded());
        QCOMPARE(result.token, token);
        QCOMPARE(result.storage, SecretStore::Storage::Session);

        // Overwrite, then a "restart": the new store has nothing.
        const QString replacement = QStringLiteral("rcp_fedcba9876543210_") + QString(64, u'e');
        QVERIFY(await([&](auto cb) { store.writeToken(id, replacement, this, cb); }).succeeded());
        QCOMPARE(await([&](auto cb) { store.readToken(id, this, cb); }).token, replacement);
        SecretStore restarted(kService, nullptr);
        result = await([&](auto callback) { restarted.readToken(id, this, callback); });
        QCOMPARE(result.outcome, Result::Outcome::NotFound);
        QVERIFY(!result.message.isEmpty());

        QVERIFY(await([&](auto cb) { store.deleteToken(id, this, cb); }).succeeded());
        QCOMPARE(await([&](auto cb) { store.readToken(id, this, cb); }).outcome,
                 Result::Outcome::NotFound);

        // QtKeychain's plain-text fallback would have written a settings file under HOME.
        QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(replacement.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(SecretStoreFallbackTest)
#include "secret_store_fallback_test.moc"
