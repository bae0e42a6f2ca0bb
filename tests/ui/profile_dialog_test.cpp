// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The connection-profile dialog: input is validated beside each field before anything is
// saved, tokens go to the secret store and never into the profile, edits are never lost
// by switching profiles, and "Test connection" reports what a real HTTP server answered.
// No Secret Service here, so tokens take the session-only path (the keyring is covered
// by tests/core).
#include "ui/profile_dialog.h"

#include "core/profile_store.h"
#include "core/secret_store.h"
#include "support/loopback_http_server.h"
#include "ui/profile_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::console::testing::LoopbackHttpServer;
using Field = ValidationIssue::Field;

namespace {
const QString kToken = QStringLiteral("rcp_0123456789abcdef_") + QString(64, u'f');

void typeInto(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}
}  // namespace

class ProfileDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/recops-test-bus");
    }

    void init() {
        m_store.emplace();
        QVERIFY(m_store->open(m_directory.filePath(QStringLiteral("%1.sqlite").arg(++m_run))));
        m_secrets.emplace(QStringLiteral("recops-console-test"), nullptr);
    }

    void cleanup() {
        m_secrets.reset();
        m_store.reset();
    }

    void validatesEveryFieldBeforeSaving() {
        ConnectionProfile existing;
        existing.name = QStringLiteral("staging");
        existing.url = QUrl(QStringLiteral("http://10.0.0.2:8470"));
        QVERIFY(m_store->save(existing));

        ProfileDialog dialog(&*m_store, &*m_secrets);
        dialog.show();
        dialog.startNewProfile();
        ProfileForm* form = dialog.form();
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(form->issueText(Field::Name), QStringLiteral("Give the profile a name."));

        typeInto(form->nameEdit(), QStringLiteral("Staging"));
        QVERIFY(form->issueText(Field::Name).contains(QStringLiteral("already called")));
        QVERIFY(!dialog.saveButton()->isEnabled());

        typeInto(form->nameEdit(), QStringLiteral("local"));
        QCOMPARE(form->issueText(Field::Name), QString());
        typeInto(form->urlEdit(), QStringLiteral("127.0.0.1:8470"));
        QVERIFY(form->issueText(Field::Url).contains(QStringLiteral("http://")));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY(!dialog.testButton()->isEnabled());

        typeInto(form->urlEdit(), QStringLiteral("http://admin:secret@127.0.0.1:8470"));
        QVERIFY(form->issueText(Field::Url).contains(QStringLiteral("credentials")));

        typeInto(form->urlEdit(), QStringLiteral("https://127.0.0.1:8470"));
        typeInto(form->caFileEdit(), QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY(form->issueText(Field::CaCertificate).contains(QStringLiteral("does not exist")));
        typeInto(form->caFileEdit(), QString());

        typeInto(form->tokenEdit(), QStringLiteral("not-a-token"));
        QVERIFY(form->tokenIssueText().contains(QStringLiteral("not a recopsd token")));
        QVERIFY(!dialog.saveButton()->isEnabled());

        typeInto(form->tokenEdit(), kToken);
        QCOMPARE(form->tokenIssueText(), QString());
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(m_store->profiles().size(), 1);  // nothing saved while invalid
    }

    void savesTheProfileAndPutsTheTokenInTheSecretStore() {
        ProfileDialog dialog(&*m_store, &*m_secrets);
        dialog.show();
        ProfileForm* form = dialog.form();
        typeInto(form->nameEdit(), QStringLiteral("prod-eu"));
        typeInto(form->urlEdit(), QStringLiteral("http://127.0.0.1:8470"));
        form->environmentBox()->setCurrentIndex(
            form->environmentBox()->findData(static_cast<int>(EnvironmentTag::Production)));
        Q_EMIT form->environmentBox()->activated(form->environmentBox()->currentIndex());
        bool productionNoteShown = false;
        for (QLabel* label : form->findChildren<QLabel*>()) {
            productionNoteShown |= label->isVisible() && label->text().startsWith(u"Production:");
        }
        QVERIFY(productionNoteShown);
        typeInto(form->tokenEdit(), kToken);

        QSignalSpy saved(&dialog, &ProfileDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20'000);

        const auto profile = m_store->findByName(QStringLiteral("prod-eu"));
        QVERIFY(profile);
        QCOMPARE(profile->environment, EnvironmentTag::Production);
        QCOMPARE(form->token(), QString());  // the field is cleared once the token is stored
        QVERIFY2(dialog.statusText().contains(QStringLiteral("session only")),
                 qPrintable(dialog.statusText()));
        QVERIFY(!dialog.hasUnsavedChanges());

        QString stored;
        m_secrets->readToken(profile->id, this,
                             [&](const SecretStore::Result& result) { stored = result.token; });
        QTRY_COMPARE(stored, kToken);
    }

    void locksTheListWhileAFormHasUnsavedEdits() {
        ConnectionProfile first;
        first.name = QStringLiteral("alpha");
        first.url = QUrl(QStringLiteral("http://a:1"));
        QVERIFY(m_store->save(first));
        ProfileDialog dialog(&*m_store, &*m_secrets);
        dialog.show();
        QCOMPARE(dialog.form()->nameEdit()->text(), QStringLiteral("alpha"));
        QVERIFY(dialog.profileList()->isEnabled());

        typeInto(dialog.form()->urlEdit(), QStringLiteral("http://b:2"));
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(!dialog.profileList()->isEnabled());

        QPushButton* revert = nullptr;
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("&Revert")) {
                revert = button;
            }
        }
        QVERIFY(revert && revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(dialog.form()->urlEdit()->text(), QStringLiteral("http://a:1"));
        QVERIFY(dialog.profileList()->isEnabled());
    }

    void deletesAfterConfirmation() {
        ConnectionProfile doomed;
        doomed.name = QStringLiteral("old");
        doomed.url = QUrl(QStringLiteral("http://a:1"));
        QVERIFY(m_store->save(doomed));
        ProfileDialog dialog(&*m_store, &*m_secrets);
        dialog.show();
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->accessibleName() == QStringLiteral("Delete profile")) {
                QTest::mouseClick(button, Qt::LeftButton);
            }
        }
        QMessageBox* question = nullptr;
        QTRY_VERIFY((question = dialog.findChild<QMessageBox*>()) != nullptr);
        QVERIFY(question->text().contains(QStringLiteral("\"old\"")));
        QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(m_store->profiles().isEmpty());
        QVERIFY(dialog.statusText().contains(QStringLiteral("Deleted")));
    }

    void testsTheConnectionAgainstARealHttpServer() {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setRoute("GET", "/healthz",
                        LoopbackHttpServer::json(
                            200,
                            "{\"status\":\"healthy\",\"version\":\"0.1.0\",\"uptime_seconds\":3,"
                            "\"model\":null,\"store\":{\"status\":\"ok\"}}"));
        server.setRoute(
            "GET", "/api/v1/whoami",
            LoopbackHttpServer::json(
                200, "{\"token_id\":\"0123456789abcdef\",\"name\":\"ci\",\"role\":\"admin\"}"));
        ProfileDialog dialog(&*m_store, &*m_secrets);
        dialog.show();
        typeInto(dialog.form()->nameEdit(), QStringLiteral("loopback"));
        typeInto(dialog.form()->urlEdit(), server.baseUrl());
        typeInto(dialog.form()->tokenEdit(), kToken);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.testResultText().contains(QStringLiteral("answered")));
        QVERIFY2(dialog.testResultText().contains(QStringLiteral("recopsd 0.1.0")),
                 qPrintable(dialog.testResultText()));
        QVERIFY(dialog.testResultText().contains(QStringLiteral("role admin")));
        QCOMPARE(server.requests().constLast().headers.value("authorization"),
                 ("Bearer " + kToken).toUtf8());
        QVERIFY(m_store->profiles().isEmpty());  // testing saves nothing

        server.stop();
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.testResultText().startsWith(QStringLiteral("Not reachable")));
    }

    void connectSavesThenAsksForTheConnection() {
        ProfileDialog dialog(&*m_store, &*m_secrets);
        dialog.show();
        typeInto(dialog.form()->nameEdit(), QStringLiteral("demo"));
        typeInto(dialog.form()->urlEdit(), QStringLiteral("http://127.0.0.1:8470"));
        QSignalSpy requested(&dialog, &ProfileDialog::connectRequested);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<ConnectionProfile>().name, QStringLiteral("demo"));
        QVERIFY(m_store->findByName(QStringLiteral("demo")));
        QVERIFY(!dialog.isVisible());
    }

private:
    QTemporaryDir m_directory;
    int m_run = 0;
    std::optional<ProfileStore> m_store;
    std::optional<SecretStore> m_secrets;
};

QTEST_MAIN(ProfileDialogTest)
#include "profile_dialog_test.moc"
