// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// SecretStore against a real Secret Service: gnome-keyring-daemon in a private D-Bus
// session (see keyring/with_secret_service.sh). secret-tool reads the keyring behind the
// store's back to prove where the token really is.
#include "core/secret_store.h"

#include <QDirIterator>
#include <QProcess>
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
        qFatal("the keyring did not answer within 20 s");
    }
    return *result;
}

// What the Secret Service holds for @p profileId, read with libsecret's own tool.
// QtKeychain files entries under its "org.qt.keychain" schema: user = key, server = service.
std::optional<QString> lookUpWithSecretTool(const QString& profileId) {
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                               kService, QStringLiteral("user"), profileId});
    if (!tool.waitForFinished(20'000)) {
        qFatal("secret-tool did not finish");
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        return std::nullopt;
    }
    return QString::fromUtf8(tool.readAllStandardOutput());
}

}  // namespace

class SecretStoreKeyringTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(qEnvironmentVariable("RECOPS_KEYRING_MODE"), QStringLiteral("gnome-keyring"));
    }

    void probeFindsTheKeyring() {
        SecretStore store(kService, nullptr);
        const Result result = await([&](auto callback) { store.probe(this, callback); });
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(store.backend(), SecretStore::Backend::Keyring);
        QCOMPARE(store.backendMessage(), QString());
    }

    void storesReadsOverwritesAndDeletes() {
        const QString id = QStringLiteral("0b6f7f1e-profile");
        const QString first = QStringLiteral("rcp_0123456789abcdef_") + QString(64, u'1');
        const QString second = QStringLiteral("rcp_fedcba9876543210_") + QString(64, u'2');
        SecretStore store(kService, nullptr);

        Result result = await([&](auto callback) { store.writeToken(id, first, this, callback); });
        QVERIFY2(result.succeeded(), qPrintable(result.message));
        QCOMPARE(result.storage, SecretStore::Storage::Keyring);
        QCOMPARE(store.backend(), SecretStore::Backend::Keyring);
        QCOMPARE(lookUpWithSecretTool(id), first);

        // A fresh store (a restarted console) finds it: it is in the keyring, not in memory.
        SecretStore restarted(kService, nullptr);
        result = await([&](auto callback) { restarted.readToken(id, this, callback); });
        QVERIFY(result.succeeded());
        QCOMPARE(result.storage, SecretStore::Storage::Keyring);
        QCOMPARE(result.token, first);

        result = await([&](auto callback) { store.writeToken(id, second, this, callback); });
        QVERIFY(result.succeeded());
        QCOMPARE(lookUpWithSecretTool(id), second);
        result = await([&](auto callback) { restarted.readToken(id, this, callback); });
        QCOMPARE(result.token, second);

        result = await([&](auto callback) { store.deleteToken(id, this, callback); });
        QVERIFY(result.succeeded());
        QCOMPARE(lookUpWithSecretTool(id), std::nullopt);
        result = await([&](auto callback) { restarted.readToken(id, this, callback); });
        QCOMPARE(result.outcome, Result::Outcome::NotFound);

        // Deleting what is not there is not an error.
        result = await([&](auto callback) { store.deleteToken(id, this, callback); });
        QVERIFY(result.succeeded());
    }

    void keepsProfilesApart() {
        SecretStore store(kService, nullptr);
        const QString a = QStringLiteral("rcp_aaaaaaaaaaaaaaaa_") + QString(64, u'a');
        const QString b = QStringLiteral("rcp_bbbbbbbbbbbbbbbb_") + QString(64, u'b');
        QVERIFY(await([&](auto cb) {
                    store.writeToken(QStringLiteral("a"), a, this, cb);
                }).succeeded());
        QVERIFY(await([&](auto cb) {
                    store.writeToken(QStringLiteral("b"), b, this, cb);
                }).succeeded());
        QCOMPARE(await([&](auto cb) { store.readToken(QStringLiteral("a"), this, cb); }).token, a);
        QCOMPARE(await([&](auto cb) { store.readToken(QStringLiteral("b"), this, cb); }).token, b);
        QVERIFY(
            await([&](auto cb) { store.deleteToken(QStringLiteral("a"), this, cb); }).succeeded());
        QCOMPARE(await([&](auto cb) { store.readToken(QStringLiteral("b"), this, cb); }).token, b);
    }

    void writesNoPlainTextCopy() {
        const QString token = QStringLiteral("rcp_cccccccccccccccc_") + QString(64, u'c');
        SecretStore store(kService, nullptr);
        QVERIFY(await([&](auto cb) {
                    store.writeToken(QStringLiteral("c"), token, this, cb);
                }).succeeded());
        // The keyring's own files hold it encrypted; nothing else under HOME may hold it.
        QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        int searched = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            ++searched;
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(searched >= 1);  // at least the keyring file itself
    }

    void answersOnlyLiveContexts() {
        SecretStore store(kService, nullptr);
        bool called = false;
        auto* context = new QObject;
        store.readToken(QStringLiteral("whatever"), context, [&](const Result&) { called = true; });
        delete context;
        // Another read, queued behind the first in QtKeychain's job queue, proves the first
        // one has been answered by the time it ends.
        QVERIFY(
            !await([&](auto cb) { store.readToken(QStringLiteral("x"), this, cb); }).succeeded());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(SecretStoreKeyringTest)
#include "secret_store_keyring_test.moc"
