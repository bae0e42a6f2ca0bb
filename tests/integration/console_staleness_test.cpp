// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Staleness against the real recopsd: when recopsd stops, the page keeps its data and shows
// "stale — last update …" within 5 s, the window keeps answering, and when recopsd comes
// back on the same address the page is fresh again by itself. The same for a hung recopsd
// (SIGSTOP), and for a PolledResource of a real API resource.
#include "core/health_monitor.h"
#include "core/polled_resource.h"
#include "core/profile_store.h"
#include "core/recent_state.h"
#include "core/secret_store.h"
#include "core/server_connection.h"
#include "core/token_identity.h"
#include "integration/support/child_process.h"
#include "integration/support/recopsd_process.h"
#include "ui/dashboard_page.h"
#include "ui/main_window.h"
#include "ui/staleness_badge.h"

#include <csignal>
#include <sys/types.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;
using recops::testing::RecopsdOptions;
using recops::testing::RecopsdProcess;

class ConsoleStalenessTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qunsetenv(ServerConnection::kTokenEnvironmentVariable);
        QVERIFY(m_directory.isValid());
        m_dataDirectory = m_directory.filePath(QStringLiteral("data")).toStdString();
        try {
            m_token = QString::fromStdString(
                recops::testing::createToken(m_dataDirectory, "viewer", "console-staleness"));
            m_recopsd.emplace(RecopsdOptions{.dataDirectory = m_dataDirectory});
        } catch (const std::exception& error) {
            QFAIL(error.what());
        }
        QVERIFY(m_store.open(m_directory.filePath(QStringLiteral("console.sqlite"))));
        m_profile.name = QStringLiteral("staleness");
        m_profile.url = QUrl(QString::fromStdString(m_recopsd->url()));
        m_profile.environment = EnvironmentTag::Staging;
        QVERIFY(m_store.save(m_profile));
    }

    void cleanupTestCase() { stopRestarted(); }

    void thePageTurnsStaleWithinFiveSecondsAndRecovers() {
        SecretStore secrets(QStringLiteral("recops-console-test"), nullptr);
        ServerConnection connection(&secrets);
        // Shorter waits between attempts than the 30 s default, to keep the test short.
        connection.monitor()->setBackoffPolicy(BackoffPolicy{500, 2.0, 2'000, 0.1}, 7);
        RecentState recent(m_directory.filePath(QStringLiteral("recent.ini")));
        MainWindow window(&connection, &m_store, &secrets, &recent);
        window.show();
        PolledResource<TokenIdentity> identity(&connection, QStringLiteral("/api/v1/whoami"),
                                               &TokenIdentity::fromJson);
        identity.setIntervalMs(1'000);
        identity.start();
        connection.openWithToken(m_profile, m_token, ServerConnection::TokenSource::Session);

        auto* dashboard = qobject_cast<DashboardPage*>(window.pageWidget(ConsolePage::Dashboard));
        StalenessBadge* badge = window.stalenessBadge();
        QTRY_COMPARE_WITH_TIMEOUT(dashboard->statusText(), QStringLiteral("Healthy"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(identity.state(), DataState::Fresh, 10'000);
        QCOMPARE(identity.value()->role, QStringLiteral("viewer"));
        QVERIFY(badge->isHidden());

        // recopsd stops: stale within 5 s, the last data kept.
        const quint16 port = m_recopsd->port();
        QElapsedTimer clock;
        QCOMPARE(m_recopsd->stop(SIGTERM), 0);
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 5'000);
        qInfo("stale %lld ms after recopsd stopped", clock.elapsed());
        QVERIFY2(badge->text().startsWith(u"stale — last update "), qPrintable(badge->text()));
        QVERIFY(badge->reason().startsWith(u"Server health could not be updated: "));
        QTRY_COMPARE_WITH_TIMEOUT(identity.state(), DataState::Stale, 5'000);
        QCOMPARE(identity.value()->role, QStringLiteral("viewer"));
        QVERIFY(connection.monitor()->health().report.has_value());
        QCOMPARE(dashboard->statusText(), QStringLiteral("Unreachable"));

        // The window keeps answering meanwhile.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), ConsolePage::Backups);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(badge->isVisible());

        // recopsd comes back on the same address: fresh again, nobody pressing anything.
        restartOn(port);
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(badge->isHidden(), 15'000);
        qInfo("fresh %lld ms after recopsd was started again", clock.elapsed());
        QCOMPARE(dashboard->statusText(), QStringLiteral("Healthy"));
        QTRY_COMPARE_WITH_TIMEOUT(identity.state(), DataState::Fresh, 5'000);

        // A hung recopsd (it accepts, never answers) is stale too, and recovers.
        ::kill(m_restarted, SIGSTOP);
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 6'000);
        qInfo("stale %lld ms after recopsd hung", clock.elapsed());
        QCOMPARE(identity.value()->role, QStringLiteral("viewer"));
        ::kill(m_restarted, SIGCONT);
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(badge->isHidden(), 15'000);
        qInfo("fresh %lld ms after recopsd resumed", clock.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(identity.state(), DataState::Fresh, 5'000);
    }

private:
    // The support library starts recopsd on a fresh port; coming back on the same one is
    // what a restarted server does, so this starts the same binary by hand.
    void restartOn(quint16 port) {
        const std::string output =
            m_directory.filePath(QStringLiteral("restarted.out")).toStdString();
        const std::string errors =
            m_directory.filePath(QStringLiteral("restarted.err")).toStdString();
        m_restarted =
            recops::testing::spawnProcess(RecopsdProcess::binary(),
                                          {"serve", "--data-dir", m_dataDirectory, "--listen",
                                           "127.0.0.1:" + std::to_string(port)},
                                          {}, recops::testing::ChildOutput{{}, output, -1, errors});
    }

    void stopRestarted() {
        if (m_restarted > 0) {
            ::kill(m_restarted, SIGCONT);
            ::kill(m_restarted, SIGTERM);
            if (!recops::testing::waitForChild(m_restarted, std::chrono::seconds(20))) {
                ::kill(m_restarted, SIGKILL);
                recops::testing::waitForChild(m_restarted, std::chrono::seconds(10));
            }
            m_restarted = -1;
        }
    }

    QTemporaryDir m_directory;
    std::string m_dataDirectory;
    std::optional<RecopsdProcess> m_recopsd;
    pid_t m_restarted = -1;
    QString m_token;
    ProfileStore m_store;
    ConnectionProfile m_profile;
};

QTEST_MAIN(ConsoleStalenessTest)
#include "console_staleness_test.moc"
