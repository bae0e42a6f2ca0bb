// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The console's window against the real recopsd: the Dashboard and the status bar show
// what recopsd reports, and when recopsd goes down the console says so within 5 s, keeps
// retrying and keeps responding.
#include "core/health_monitor.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "integration/support/child_process.h"
#include "integration/support/recopsd_process.h"
#include "ui/dashboard_page.h"
#include "ui/health_status_widget.h"
#include "ui/main_window.h"

#include <csignal>

#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

class ConsoleWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_directory.isValid());
        RecopsdOptions options;
        options.dataDirectory = m_directory.filePath(QStringLiteral("data")).toStdString();
        try {
            // Before the server starts: a running recopsd learns of new tokens only at its
            // next refresh.
            m_token = QString::fromStdString(
                recops::testing::createToken(options.dataDirectory, "admin", "console-window"));
            m_recopsd.emplace(options);
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }

        QVERIFY(m_store.open(m_directory.filePath(QStringLiteral("profiles.sqlite"))));
        m_profile.name = QStringLiteral("integration");
        m_profile.url = QUrl(QString::fromStdString(m_recopsd->url()));
        m_profile.environment = EnvironmentTag::Staging;
        QVERIFY(m_store.save(m_profile));
    }

    void showsWhatRecopsdReports() {
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        ServerConnection connection(&secrets);
        RecentState recent(m_directory.filePath(QStringLiteral("recent.ini")));
        MainWindow window(&connection, &m_store, &secrets, &recent);
        window.show();
        connection.openWithToken(m_profile, m_token, ServerConnection::TokenSource::Session);

        auto* dashboard = qobject_cast<DashboardPage*>(window.pageWidget(ConsolePage::Dashboard));
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->isSettled(), 10'000);
        QCOMPARE(dashboard->statusText(), QStringLiteral("Healthy"));
        HealthStatusWidget* status = window.healthStatus();
        QCOMPARE(status->statusText(), QStringLiteral("Healthy"));
        QVERIFY(status->versionText().startsWith(u"recopsd "));
        QCOMPARE(status->roleText(), QStringLiteral("Role: admin (console-window)"));
        QVERIFY(status->latencyText().endsWith(u"ms"));

        bool storeShown = false;
        for (QTableView* table : dashboard->findChildren<QTableView*>()) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                storeShown |= table->model()->index(row, 0).data().toString() == u"backend" &&
                              table->model()->index(row, 1).data().toString() == u"sqlite";
            }
        }
        QVERIFY(storeShown);
        // No model is loaded in a fresh data directory, and the Dashboard's Server tab says so.
        dashboard->tabs()->setCurrentIndex(DashboardPage::ServerTab);
        bool saysNoModel = false;
        for (QLabel* label : dashboard->findChildren<QLabel*>()) {
            saysNoModel |= label->isVisible() && label->text().startsWith(u"No model is loaded");
        }
        QVERIFY(saysNoModel);
    }

    void reportsRecopsdGoingDownWithinFiveSecondsAndKeepsWorking() {
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        ServerConnection connection(&secrets);
        RecentState recent(m_directory.filePath(QStringLiteral("recent.ini")));
        MainWindow window(&connection, &m_store, &secrets, &recent);
        window.show();
        connection.openWithToken(m_profile, m_token, ServerConnection::TokenSource::Session);
        QTRY_COMPARE_WITH_TIMEOUT(window.healthStatus()->statusText(), QStringLiteral("Healthy"),
                                  10'000);

        QCOMPARE(m_recopsd->stop(SIGTERM), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.healthStatus()->statusText().startsWith(u"Unreachable, retrying in "), 5'000);
        auto* dashboard = qobject_cast<DashboardPage*>(window.pageWidget(ConsolePage::Dashboard));
        QCOMPARE(dashboard->statusText(), QStringLiteral("Unreachable"));
        QVERIFY(dashboard->problemText().contains(u"does not answer"));

        // It keeps trying with growing delays, and the window keeps answering meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(connection.monitor()->health().consecutiveFailures >= 3, 15'000);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ConsolePage::Backups);
        QCOMPARE(window.sidebar()->currentRow(), 3);
        QVERIFY(window.isVisible());
    }

private:
    QTemporaryDir m_directory;
    std::optional<RecopsdProcess> m_recopsd;
    QString m_token;
    ProfileStore m_store;
    ConnectionProfile m_profile;
};

QTEST_MAIN(ConsoleWindowTest)
#include "console_window_test.moc"
